package io.switchboard.ticket.mail.domain;

import io.switchboard.ticket.ticket.domain.MessageType;
import io.switchboard.ticket.ticket.domain.TicketEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A mail about a ticket was accepted by the SMTP server ({@code reason} null) or finally failed. {@code reply}
 * is the type of the ticket message a customer reply carried, null when unknown or not a reply.
 */
public record MailOutcome(UUID deliveryId, UUID ticketId, Kind kind, List<String> recipients, String subject,
                          String reason, int attempts, Instant at, MessageType reply) {

    public enum Kind { CUSTOMER_REPLY, ASSIGNMENT_NOTICE, MAIL, FORWARD }

    public static final String ACTOR = "system";

    public MailOutcome {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public MailOutcome withReply(MessageType replyType) {
        return new MailOutcome(deliveryId, ticketId, kind, recipients, subject, reason, attempts, at, replyType);
    }

    public boolean failed() {
        return reason != null;
    }

    /** The history line, e.g. "Final reply mailed to kim@example.com" or "Mail to kim@example.com failed: 550 …". */
    public TicketEvent toTicketEvent() {
        String to = String.join(", ", recipients);
        String summary;
        if (!failed()) {
            summary = what() + " mailed to " + to;
        } else {
            summary = (recipients.isEmpty() ? "Mail failed: " : "Mail to " + to + " failed: ") + reason
                    + " (" + what().toLowerCase(java.util.Locale.ROOT) + ")";
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("deliveryId", deliveryId.toString());
        details.put("kind", kind.name());
        details.put("recipients", recipients);
        details.put("subject", subject);
        details.put("attempts", attempts);
        if (failed()) {
            details.put("reason", reason);
        }
        return TicketEvent.withDetails(ticketId, failed() ? TicketEvent.Type.MAIL_FAILED : TicketEvent.Type.MAIL_SENT,
                ACTOR, summary, at, details);
    }

    private String what() {
        return switch (kind) {
            case CUSTOMER_REPLY -> reply == MessageType.FINAL_REPLY ? "Final reply"
                    : reply == MessageType.INTERIM_REPLY ? "Interim reply" : "Reply";
            case ASSIGNMENT_NOTICE -> "Assignment notice";
            case MAIL -> "Notification";
            case FORWARD -> "Forward";
        };
    }
}
