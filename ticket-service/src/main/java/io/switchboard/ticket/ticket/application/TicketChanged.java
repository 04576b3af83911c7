package io.switchboard.ticket.ticket.application;

import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketChange;

/**
 * Fired (synchronously, in the change's transaction) after an action's change was stored and published, for
 * features that follow tickets without the ticket feature knowing them, e.g. escalations answering.
 */
public record TicketChanged(Ticket ticket, TicketChange change) {
}
