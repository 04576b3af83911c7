package io.switchboard.ticket.ticket.api;

import java.time.Instant;

/** One line of a ticket's history. */
public record TicketEventView(String type, String actor, String summary, Instant at) {
}
