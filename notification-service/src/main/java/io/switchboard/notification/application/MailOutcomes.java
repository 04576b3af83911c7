package io.switchboard.notification.application;

import io.switchboard.notification.domain.Delivery;
import io.switchboard.notification.domain.DeliveryStatus;
import io.switchboard.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tells ticket-service what became of each mail about a ticket (MailSent, MailFailed on
 * {@code switchboard.mail-events}), in the transaction that records it, so its history never misses one.
 */
@ApplicationScoped
public class MailOutcomes {

    static final String AGGREGATE = "mail";

    /** MailSent data; contract in docs/events/schemas/MailSent.schema.json. */
    public record MailSent(UUID deliveryId, UUID ticketId, String serviceCode, String kind, UUID ticketMessageId,
                           List<String> recipients, String subject, String mailMessageId, int attempts,
                           Instant sentAt) {
    }

    /** MailFailed data; contract in docs/events/schemas/MailFailed.schema.json. */
    public record MailFailed(UUID deliveryId, UUID ticketId, String serviceCode, String kind, UUID ticketMessageId,
                             List<String> recipients, String subject, String reason, int attempts,
                             Instant failedAt) {
    }

    private final Outbox outbox;
    private final MailConfig config;

    MailOutcomes(Outbox outbox, MailConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    /** Publishes the outcome of a mail that is now SENT, FAILED or SKIPPED; nothing for other deliveries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settled(Delivery delivery, Instant at) {
        if (!delivery.kind().byMail()) {
            return;
        }
        String ticket = delivery.ticketId().toString();
        if (delivery.status() == DeliveryStatus.SENT) {
            // a SENT delivery counted only its failed attempts
            outbox.append(AGGREGATE, ticket, "MailSent", new MailSent(delivery.id(), delivery.ticketId(),
                    delivery.serviceCode(), delivery.kind().name(), delivery.ticketMessageId(), delivery.recipients(),
                    delivery.subject(), delivery.mailMessageId(config.messageIdDomain()), delivery.attempts() + 1,
                    delivery.sentAt()));
        } else if (delivery.status() == DeliveryStatus.FAILED || delivery.status() == DeliveryStatus.SKIPPED) {
            outbox.append(AGGREGATE, ticket, "MailFailed", new MailFailed(delivery.id(), delivery.ticketId(),
                    delivery.serviceCode(), delivery.kind().name(), delivery.ticketMessageId(), delivery.recipients(),
                    delivery.subject(), delivery.lastError(), delivery.attempts(), at));
        }
    }
}
