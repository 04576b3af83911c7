package io.switchboard.ticket.sla.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The parts of escalation-service's SLA events this service reads; contracts in docs/events/schemas. */
public final class SlaPayloads {

    public static final String SLA_CLOCKS_CHANGED = "SlaClocksChanged";
    public static final String SLA_WARNED = "SlaWarned";
    public static final String SLA_BREACHED = "SlaBreached";

    private SlaPayloads() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Policy(UUID id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Clock(String metric, String state, String target, Instant dueAt, Instant warnAt, boolean breached) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SlaClocksChanged(UUID ticketId, Policy policy, List<Clock> clocks, Instant changedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SlaWarned(UUID ticketId, String metric, Instant dueAt, Policy policy, Instant warnedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OnBreach(boolean raisePriority, UUID reassignGroupId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SlaBreached(UUID ticketId, String metric, Instant dueAt, Policy policy, OnBreach onBreach,
                              Instant breachedAt) {
    }
}
