package io.switchboard.platform.paging;

import java.time.Instant;
import java.util.UUID;

/** Where a page of a newest-first list ends: the creation time and id of its last item. */
public record ListPosition(Instant createdAt, UUID id) {
}
