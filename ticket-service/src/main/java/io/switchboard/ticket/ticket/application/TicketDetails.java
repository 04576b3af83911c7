package io.switchboard.ticket.ticket.application;

import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.ticket.domain.CallbackReservation;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketAction;
import io.switchboard.ticket.ticket.domain.TicketSla;
import java.util.List;
import java.util.Map;

/**
 * A ticket with the group and assignee it refers to (either may be null), the field values its reader may see
 * (null where the reader was not considered: then no fields are shown), the actions its reader may take on it
 * now (null where not decided), its open callback reservation as its reader sees it (null when there is none,
 * or the reader does not see the internal work) and its SLA clocks (likewise).
 */
public record TicketDetails(Ticket ticket, OperatorGroup group, Operator assignee, Map<String, Object> fields,
                            List<TicketAction> allowedActions, Callback callback, TicketSla sla) {

    /** The open callback reservation, and whether its time had come when the ticket was read. */
    public record Callback(CallbackReservation reservation, boolean due) {
    }

    public TicketDetails(Ticket ticket, OperatorGroup group, Operator assignee) {
        this(ticket, group, assignee, null, null, null, null);
    }

    public TicketDetails(Ticket ticket, OperatorGroup group, Operator assignee, Map<String, Object> fields) {
        this(ticket, group, assignee, fields, null, null, null);
    }

    public TicketDetails allowing(List<TicketAction> actions) {
        return new TicketDetails(ticket, group, assignee, fields, actions, callback, sla);
    }

    public TicketDetails withCallback(Callback shown) {
        return new TicketDetails(ticket, group, assignee, fields, allowedActions, shown, sla);
    }

    /** The SLA clocks, for the service's operators (null when none apply or the reader is the customer's side). */
    public TicketDetails withSla(TicketSla shown) {
        return new TicketDetails(ticket, group, assignee, fields, allowedActions, callback, shown);
    }
}
