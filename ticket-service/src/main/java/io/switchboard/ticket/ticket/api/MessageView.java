package io.switchboard.ticket.ticket.api;

import java.time.Instant;
import java.util.UUID;

/** One entry of a ticket's processing history. */
public record MessageView(UUID id, String type, String author, String body, String format, Instant createdAt) {
}
