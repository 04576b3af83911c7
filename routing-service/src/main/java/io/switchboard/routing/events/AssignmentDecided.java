package io.switchboard.routing.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.switchboard.routing.domain.Changes;
import io.switchboard.routing.domain.Delivery;
import io.switchboard.routing.domain.RoutingDecision;
import java.util.List;
import java.util.UUID;

/** The {@code data} of the {@code AssignmentDecided} event; contract in docs/events/schemas. */
public record AssignmentDecided(UUID ticketId, UUID decisionId, String outcome, UUID groupId, String assignee,
                                Trigger trigger, String reason, String serviceCode, String evaluation,
                                String summary, Changes changes, List<Delivery> deliveries) {

    public static final String TYPE = "AssignmentDecided";
    public static final String AGGREGATE = "decision";

    /** The trigger whose assignment won (null when none did). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Trigger(UUID id, String name, int version) {
    }

    public static AssignmentDecided of(RoutingDecision decision) {
        Trigger trigger = decision.triggerId() == null ? null
                : new Trigger(decision.triggerId(), decision.triggerName(), decision.triggerVersion());
        return new AssignmentDecided(decision.ticketId(), decision.id(), decision.outcome().name(),
                decision.groupId(), decision.assignee(), trigger, decision.reason(), decision.serviceCode(),
                decision.evaluation().name(), decision.summary(), decision.changes(), decision.deliveries());
    }
}
