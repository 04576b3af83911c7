package io.switchboard.escalation.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one ticket event says about the ticket's current state, and when it happened. A change that does not
 * speak of the title, the assignment or the attributes leaves them null: the snapshot keeps what it has.
 */
public record TicketChange(UUID eventId, Instant at, UUID ticketId, String number, String serviceCode, String title,
                           String status, Assignment assignment, Attributes attributes) {

    /**
     * What SLA policies choose by (TicketCreated, TicketUpdated); a null channel or creation time keeps the
     * snapshot's (TicketUpdated carries neither).
     */
    public record Attributes(String priority, String channel, List<UUID> inquiryTypePath, List<String> tags,
                             Instant createdAt) {
        public Attributes {
            inquiryTypePath = inquiryTypePath == null ? List.of() : List.copyOf(inquiryTypePath);
            tags = tags == null ? List.of() : List.copyOf(tags);
        }
    }

    public TicketChange(UUID eventId, Instant at, UUID ticketId, String number, String serviceCode, String title,
                        String status, Assignment assignment) {
        this(eventId, at, ticketId, number, serviceCode, title, status, assignment, null);
    }

    /** Who holds the ticket: an operator of a group, a group's queue, or nobody. */
    public record Assignment(String assignee, UUID groupId) {
        public static final Assignment NONE = new Assignment(null, null);
    }

    public TicketChange {
        if (eventId == null || at == null || ticketId == null || number == null || serviceCode == null
                || status == null) {
            throw new IllegalArgumentException("a ticket change needs event, time, ticket, number, service and status");
        }
    }

    /** Whether it describes the whole ticket, so a snapshot can start from it. */
    public boolean complete() {
        return title != null && assignment != null;
    }
}
