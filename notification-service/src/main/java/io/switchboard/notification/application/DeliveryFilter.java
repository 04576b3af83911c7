package io.switchboard.notification.application;

import io.switchboard.notification.domain.DeliveryKind;
import io.switchboard.notification.domain.DeliveryStatus;
import java.util.UUID;

/** Which deliveries to list; null fields do not filter. */
public record DeliveryFilter(UUID ticketId, String serviceCode, DeliveryKind kind, DeliveryStatus status) {
}
