package io.switchboard.ticket.ticket.application;

import java.time.Instant;
import java.util.UUID;

/** A position in a ticket list ordered newest first: the last ticket of the previous page. */
public record ListPosition(Instant createdAt, UUID id) {
}
