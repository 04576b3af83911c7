package io.switchboard.routing.api;

import io.switchboard.routing.domain.Changes;
import io.switchboard.routing.domain.Delivery;
import io.switchboard.routing.domain.RoutingDecision;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A routing decision with its full explanation. */
public record DecisionView(UUID id, UUID ticketId, String serviceCode, String evaluation, String outcome,
                           TriggerRef trigger, UUID groupId, String assignee, String reason, String summary,
                           RoutingDecision.Explanation explanation, Changes changes, List<Delivery> deliveries,
                           Instant decidedAt) {

    /** The trigger whose assignment won, with the version that was used. */
    public record TriggerRef(UUID id, String name, int version) {
    }

    static DecisionView of(RoutingDecision d) {
        TriggerRef trigger = d.triggerId() == null ? null : new TriggerRef(d.triggerId(), d.triggerName(), d.triggerVersion());
        return new DecisionView(d.id(), d.ticketId(), d.serviceCode(), d.evaluation().name(), d.outcome().name(),
                trigger, d.groupId(), d.assignee(), d.reason(), d.summary(), d.explanation(), d.changes(),
                d.deliveries(), d.decidedAt());
    }
}
