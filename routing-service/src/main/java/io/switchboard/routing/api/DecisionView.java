package io.switchboard.routing.api;

import io.switchboard.routing.domain.RoutingDecision;
import java.time.Instant;
import java.util.UUID;

/** A routing decision with its full explanation. */
public record DecisionView(UUID id, UUID ticketId, String serviceCode, String outcome, TriggerRef trigger,
                           UUID groupId, String assignee, String reason, String summary,
                           RoutingDecision.Explanation explanation, Instant decidedAt) {

    public record TriggerRef(UUID id, String name, int version) {
    }

    static DecisionView of(RoutingDecision d) {
        TriggerRef trigger = d.triggerId() == null ? null : new TriggerRef(d.triggerId(), d.triggerName(), d.triggerVersion());
        String summary = d.outcome() == RoutingDecision.Outcome.ASSIGNED
                ? "assigned to " + d.assignee() + " by trigger '" + d.triggerName() + "' — " + d.reason()
                : "left unassigned — " + d.reason();
        return new DecisionView(d.id(), d.ticketId(), d.serviceCode(), d.outcome().name(), trigger, d.groupId(),
                d.assignee(), d.reason(), summary, d.explanation(), d.decidedAt());
    }
}
