package io.switchboard.ticket.ticket.application;

import io.switchboard.platform.problem.ProblemException;

/**
 * The caller acted on an older version of the ticket than the stored one (If-Match did not match): the
 * same {@code stale-version} problem as a concurrent change caught at commit, so a client tells "someone
 * else changed it, reload" apart from an action the status does not allow.
 */
public class StaleVersionException extends ProblemException.Conflict {

    public StaleVersionException(String ticketNumber, long expected, long actual) {
        super("Ticket " + ticketNumber + " has changed (version " + actual + ", you sent " + expected
                + "); reload it and try again.");
    }

    @Override
    public String typeSlug() {
        return "stale-version";
    }
}
