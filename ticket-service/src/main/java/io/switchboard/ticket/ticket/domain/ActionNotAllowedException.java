package io.switchboard.ticket.ticket.domain;

import io.switchboard.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** An action the ticket's current status does not allow; answered with 409 naming status and allowed actions. */
public class ActionNotAllowedException extends ProblemException.Conflict {

    private final TicketStatus current;
    private final List<TicketAction> allowed;

    public ActionNotAllowedException(String ticketNumber, TicketAction action, TicketStatus current, String why) {
        super("Ticket " + ticketNumber + " is " + current + ": " + action.path() + " is not possible"
                + (why == null ? "" : " (" + why + ")") + ". Allowed actions: "
                + String.join(", ", TicketAction.allowedActions(current).stream().map(TicketAction::path).toList())
                + ".");
        this.current = current;
        this.allowed = TicketAction.allowedActions(current);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("currentStatus", current.name(),
                "allowedActions", allowed.stream().map(TicketAction::path).toList());
    }
}
