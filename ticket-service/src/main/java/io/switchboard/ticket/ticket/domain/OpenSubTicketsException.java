package io.switchboard.ticket.ticket.domain;

import io.switchboard.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** A parent ticket cannot be completed while sub-tickets are open; 409 naming them. */
public class OpenSubTicketsException extends ProblemException.Conflict {

    private final List<String> openSubTickets;

    public OpenSubTicketsException(String ticketNumber, List<String> openSubTickets) {
        super("Ticket " + ticketNumber + " cannot be completed while its sub-tickets are open: "
                + String.join(", ", openSubTickets) + ".");
        this.openSubTickets = List.copyOf(openSubTickets);
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("openSubTickets", openSubTickets);
    }
}
