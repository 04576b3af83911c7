package io.switchboard.notification.api;

import io.switchboard.notification.domain.MailDelivery;
import java.time.Instant;
import java.util.UUID;

/** One entry of the delivery log. */
public record DeliveryView(UUID id, UUID eventId, UUID ticketId, String kind, String recipient, String subject,
                           String status, int attempts, String lastError, Instant nextAttemptAt, Instant createdAt,
                           Instant sentAt) {

    static DeliveryView of(MailDelivery d) {
        return new DeliveryView(d.id(), d.eventId(), d.ticketId(), d.kind().name(), d.recipient(), d.subject(),
                d.status().name(), d.attempts(), d.lastError(), d.nextAttemptAt(), d.createdAt(), d.sentAt());
    }
}
