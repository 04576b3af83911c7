package io.switchboard.notification.api;

import io.switchboard.notification.domain.Delivery;
import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the delivery log. {@code recipient}: the mail addresses; {@code url}: where a CALLBACK or
 * DOORAY_HOOK is POSTed; {@code attempts}: failed attempts so far.
 */
public record DeliveryView(UUID id, UUID eventId, UUID ticketId, String serviceCode, String kind, String trigger,
                           String recipient, String url, String subject, String status, int attempts,
                           String lastError, Instant nextAttemptAt, Instant createdAt, Instant sentAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id(), d.eventId(), d.ticketId(), d.serviceCode(), d.kind().name(), d.triggerName(),
                d.recipient(), d.url(), d.subject(), d.status().name(), d.attempts(), d.lastError(),
                d.nextAttemptAt(), d.createdAt(), d.sentAt());
    }
}
