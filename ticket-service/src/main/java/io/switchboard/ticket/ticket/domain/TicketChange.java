package io.switchboard.ticket.ticket.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What one action did to a ticket: the status before and after, the audit line, the message it added (null when
 * none), and the line of the callback reservation it ended by closing the ticket (null when none).
 */
public record TicketChange(TicketAction action, TicketStatus from, TicketStatus to, TicketEvent audit,
                           TicketMessage message, TicketEvent callbackEnded) {

    public boolean statusChanged() {
        return from != to;
    }

    /** The history lines to store: the audit line, then the ended reservation's. */
    public List<TicketEvent> auditLines() {
        return Stream.of(audit, callbackEnded).filter(Objects::nonNull).toList();
    }
}
