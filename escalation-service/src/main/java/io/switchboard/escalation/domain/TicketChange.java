package io.switchboard.escalation.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * What one ticket event says about the ticket's current state, and when it happened. A change that does not
 * speak of the title or the assignment leaves them null: the snapshot keeps what it has.
 */
public record TicketChange(UUID eventId, Instant at, UUID ticketId, String number, String serviceCode, String title,
                           String status, Assignment assignment) {

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
