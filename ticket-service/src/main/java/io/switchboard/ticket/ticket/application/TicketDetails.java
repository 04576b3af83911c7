package io.switchboard.ticket.ticket.application;

import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.ticket.domain.Ticket;
import java.util.Map;

/**
 * A ticket with the group and assignee it refers to (either may be null) and the field values its
 * reader may see (null where the reader was not considered: then no fields are shown).
 */
public record TicketDetails(Ticket ticket, OperatorGroup group, Operator assignee, Map<String, Object> fields) {

    public TicketDetails(Ticket ticket, OperatorGroup group, Operator assignee) {
        this(ticket, group, assignee, null);
    }
}
