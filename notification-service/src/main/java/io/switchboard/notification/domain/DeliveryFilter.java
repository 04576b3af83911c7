package io.switchboard.notification.domain;

import java.util.UUID;

/** Which deliveries to list; null fields do not filter. */
public record DeliveryFilter(UUID ticketId, String serviceCode, DeliveryKind kind, DeliveryStatus status) {
}
