package io.switchboard.ticket.ticket.domain;

import io.switchboard.platform.problem.ProblemException;
import java.util.Set;

/** A status change the transition table does not allow; answered with 409. */
public class IllegalTransitionException extends ProblemException.Conflict {

    private final TicketStatus current;
    private final Set<TicketStatus> allowed;

    public IllegalTransitionException(TicketStatus current, TicketStatus target, Set<TicketStatus> allowed) {
        super("A ticket in status " + current + " cannot move to " + target + "; allowed next statuses: "
                + (allowed.isEmpty() ? "none" : allowed) + ".");
        this.current = current;
        this.allowed = allowed;
    }

    public TicketStatus current() {
        return current;
    }

    public Set<TicketStatus> allowed() {
        return allowed;
    }
}
