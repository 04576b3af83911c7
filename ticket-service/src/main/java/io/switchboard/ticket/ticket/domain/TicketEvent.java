package io.switchboard.ticket.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One line of a ticket's append-only audit log. */
@Entity
@Table(name = "ticket_event")
public class TicketEvent {

    public enum Type {
        CREATED, ASSIGNED, ROUTING, FORWARDED, STATUS_CHANGED, COMMENTED, REPLIED, RE_INQUIRY, DELETED, LINKED,
        ATTACHMENT_ADDED, ATTRIBUTES_CHANGED, MAIL_SENT, MAIL_FAILED,
        ATTACHMENT_REFUSED,
        /** A callback reservation (약속콜) was made, moved or changed; details hold it, changes what moved. */
        CALLBACK_RESERVED,
        /** The customer was called back as promised. */
        CALLBACK_DONE,
        /** A callback reservation was taken back, or ended because the ticket closed ({@code details.reason}). */
        CALLBACK_CANCELLED,
        /** This ticket was escalated to an issue ticket of another service (details: escalation and issue ticket). */
        ESCALATED,
        /** This issue ticket was opened by escalating a ticket of another service. */
        ESCALATION_RECEIVED,
        /** The issue ticket answered (held, resolved or internally resolved): on both tickets. */
        ESCALATION_ANSWERED,
        /** This ticket was escalated to a Dooray task, or Switchboard could not move it for a new task. */
        DOORAY_ESCALATED,
        /** Its Dooray task changed workflow (the ticket moved, or stayed where the table keeps it). */
        DOORAY_TASK_CHANGED,
        /** Someone commented on its Dooray task in Dooray. */
        DOORAY_COMMENTED,
        /** An SLA clock (first response, next response, resolution) is about to fall due. */
        SLA_WARNING,
        /** An SLA clock fell due before its target was met; details name what the policy did about it. */
        SLA_BREACHED,
        /** Characters of a message were masked (details: message, mask, range; never the characters). */
        MASKED,
        /** A mask was lifted and the message's characters restored (details as for MASKED). */
        UNMASKED;

        /**
         * What the customer's side (integration clients) may read of the history: the ticket's creation, its
         * statuses, the replies and re-inquiries and whether reply mails went out — not the internal work
         * (assignments, routing, comments, forwards, links, attribute changes).
         */
        public boolean customerFacing() {
            return switch (this) {
                case CREATED, STATUS_CHANGED, REPLIED, RE_INQUIRY, MAIL_SENT, MAIL_FAILED -> true;
                default -> false;
            };
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false)
    private UUID ticketId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Type type;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String summary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Before/after values by attribute, e.g. {@code {"priority": {"before": "NORMAL", "after": "HIGH"}}}; may be null. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> changes;

    /** What the summary tells in full, e.g. a mail's recipients, subject, kind and failure reason; may be null. */
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> details;

    protected TicketEvent() {
    }

    /** A line whose summary stands for the facts in {@code details}. */
    public static TicketEvent withDetails(UUID ticketId, Type type, String actor, String summary, Instant createdAt,
                                          Map<String, Object> details) {
        TicketEvent event = new TicketEvent(ticketId, type, actor, summary, createdAt);
        event.details = details;
        return event;
    }

    /** A line with before/after values and the facts the summary stands for; either may be null. */
    public static TicketEvent of(UUID ticketId, Type type, String actor, String summary, Instant createdAt,
                                 Map<String, Object> changes, Map<String, Object> details) {
        TicketEvent event = new TicketEvent(ticketId, type, actor, summary, createdAt, changes);
        event.details = details;
        return event;
    }

    public TicketEvent(UUID ticketId, Type type, String actor, String summary, Instant createdAt) {
        this(ticketId, type, actor, summary, createdAt, null);
    }

    public TicketEvent(UUID ticketId, Type type, String actor, String summary, Instant createdAt,
                       Map<String, Object> changes) {
        this.ticketId = ticketId;
        this.type = type;
        this.actor = actor;
        this.summary = summary;
        this.createdAt = createdAt;
        this.changes = changes;
    }

    public Map<String, Object> changes() {
        return changes;
    }

    public Map<String, Object> details() {
        return details;
    }

    public Type type() {
        return type;
    }

    public String actor() {
        return actor;
    }

    public String summary() {
        return summary;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
