package io.switchboard.routing.domain;

/** An operator considered for an assignment and why they could or could not take it. */
public record Candidate(String username, boolean eligible, String reason) {
}
