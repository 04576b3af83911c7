package io.switchboard.ticket.ticket.domain;

/**
 * What one action did to a ticket: the status before and after, the audit line, and the message
 * it added (null when none).
 */
public record TicketChange(TicketAction action, TicketStatus from, TicketStatus to, TicketEvent audit,
                           TicketMessage message) {

    public boolean statusChanged() {
        return from != to;
    }
}
