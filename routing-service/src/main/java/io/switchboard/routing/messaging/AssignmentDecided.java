package io.switchboard.routing.messaging;

import io.switchboard.routing.domain.RoutingDecision;
import java.util.UUID;

/** The {@code data} of the {@code AssignmentDecided} event; contract in docs/events/schemas. */
public record AssignmentDecided(UUID ticketId, UUID decisionId, String outcome, UUID groupId, String assignee,
                                Trigger trigger, String reason) {

    public static final String TYPE = "AssignmentDecided";
    public static final String AGGREGATE = "decision";

    public record Trigger(UUID id, String name, int version) {
    }

    public static AssignmentDecided of(RoutingDecision decision) {
        Trigger trigger = decision.triggerId() == null ? null
                : new Trigger(decision.triggerId(), decision.triggerName(), decision.triggerVersion());
        return new AssignmentDecided(decision.ticketId(), decision.id(), decision.outcome().name(),
                decision.groupId(), decision.assignee(), trigger, decision.reason());
    }
}
