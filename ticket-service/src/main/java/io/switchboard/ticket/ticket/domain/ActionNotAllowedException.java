package io.switchboard.ticket.ticket.domain;

import io.switchboard.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/**
 * An action the ticket's current status does not allow; answered with 409 naming the status and the allowed
 * actions — those of the status, or, when a caller is known, what that caller may do now.
 */
public class ActionNotAllowedException extends ProblemException.Conflict {

    private final TicketStatus current;
    private final List<TicketAction> allowed;

    public ActionNotAllowedException(String ticketNumber, TicketAction action, TicketStatus current, String why) {
        this(ticketNumber, action, current, why, TicketAction.allowedActions(current));
    }

    private ActionNotAllowedException(String ticketNumber, TicketAction action, TicketStatus current, String why,
                                      List<TicketAction> allowed) {
        super("Ticket " + ticketNumber + " is " + current + ": " + action.path() + " is not possible"
                + (why == null ? "" : " (" + why + ")") + ". Allowed actions: "
                + String.join(", ", allowed.stream().map(TicketAction::path).toList()) + ".");
        this.current = current;
        this.allowed = allowed;
    }

    /** The refusal for a caller who has the right to the action, naming what they may do instead. */
    public static ActionNotAllowedException forCaller(String ticketNumber, TicketAction action, TicketStatus current,
                                                      List<TicketAction> allowedToCaller) {
        return new ActionNotAllowedException(ticketNumber, action, current, null, allowedToCaller);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("currentStatus", current.name(),
                "allowedActions", allowed.stream().map(TicketAction::path).toList());
    }
}
