package io.switchboard.ticket.ticket.application;

import io.switchboard.platform.problem.ProblemException;

/** The caller acted on an older version of the ticket than the stored one (If-Match did not match). */
public class StaleVersionException extends ProblemException.Conflict {

    public StaleVersionException(String ticketNumber, long expected, long actual) {
        super("Ticket " + ticketNumber + " has changed (version " + actual + ", you sent " + expected
                + "); reload it and try again.");
    }
}
