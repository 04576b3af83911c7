package io.switchboard.ticket.view.domain;

import io.switchboard.ticket.ticket.domain.Ticket;
import java.time.Instant;
import java.util.UUID;

/**
 * Where a page ends in its sort order: the last ticket's sort key ({@code updatedAt} for UPDATED, the priority's
 * rank for PRIORITY, unused for CREATED), creation time and id.
 */
public record ListPosition(SortOrder sort, Instant updatedAt, int priorityRank, Instant createdAt, UUID id) {

    /** Right after this ticket in the sort's order. */
    public static ListPosition after(SortOrder sort, Ticket ticket) {
        return new ListPosition(sort, ticket.updatedAt(), ticket.priority().ordinal(), ticket.createdAt(), ticket.id());
    }
}
