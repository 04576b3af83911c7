package io.switchboard.notification.application;

import java.time.Instant;
import java.util.UUID;

/** Where a page of the delivery log ends (newest first: by creation time, then id). */
public record ListPosition(Instant createdAt, UUID id) {
}
