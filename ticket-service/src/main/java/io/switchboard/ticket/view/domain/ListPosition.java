package io.switchboard.ticket.view.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a page ends in its sort order: the last ticket's sort key ({@code updatedAt} for UPDATED, the priority's
 * rank for PRIORITY, unused for CREATED), creation time and id.
 */
public record ListPosition(SortOrder sort, Instant updatedAt, int priorityRank, Instant createdAt, UUID id) {
}
