package io.switchboard.ticket.mail.application;

import io.switchboard.ticket.mail.domain.MailOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code data} of notification-service's mail events, as far as ticket-service needs it; contracts in docs/events/schemas. */
public final class MailEventPayloads {

    public static final String MAIL_SENT = "MailSent";
    public static final String MAIL_FAILED = "MailFailed";
    public static final String MAIL_RECEIVED = "MailReceived";

    private MailEventPayloads() {
    }

    public record MailSent(UUID deliveryId, UUID ticketId, MailOutcome.Kind kind, UUID ticketMessageId,
                           List<String> recipients, String subject, int attempts, Instant sentAt) {
    }

    public record MailFailed(UUID deliveryId, UUID ticketId, MailOutcome.Kind kind, UUID ticketMessageId,
                             List<String> recipients, String subject, String reason, int attempts, Instant failedAt) {
    }

    public record MailReceived(UUID mailId, String serviceCode, String mailbox, String messageId, String inReplyTo,
                               List<String> references, String subjectTicketNumber, List<UUID> referencedTicketIds,
                               Address from, String subject, String text, String html, List<File> attachments,
                               Instant receivedAt) {
    }

    public record Address(String address, String name) {
    }

    /** A file of the mail, kept by notification-service until ticket-service fetched it (claim check). */
    public record File(int index, String fileName, String contentType, long size) {
    }
}
