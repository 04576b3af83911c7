package io.switchboard.routing.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An operator considered for an assignment and why they could or could not take it.
 *
 * @param openTickets their open tickets, for least-loaded assignment only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Candidate(String username, boolean eligible, String reason, Integer openTickets) {

    public Candidate(String username, boolean eligible, String reason) {
        this(username, eligible, reason, null);
    }
}
