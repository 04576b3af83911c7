package io.switchboard.ticket.ticket.application;

import io.switchboard.platform.problem.IfMatch;

/**
 * The caller acted on an older version of the ticket than the stored one (If-Match did not match): the
 * {@code stale-version} problem, so a client tells "someone else changed it, reload" apart from an action
 * the status does not allow.
 */
public class StaleVersionException extends IfMatch.Stale {

    public StaleVersionException(String ticketNumber, long expected, long actual) {
        super("Ticket " + ticketNumber + " has changed (version " + actual + ", you sent " + expected
                + "); reload it and try again.");
    }
}
