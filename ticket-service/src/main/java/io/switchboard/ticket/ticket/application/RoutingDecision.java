package io.switchboard.ticket.ticket.application;

import io.switchboard.ticket.ticket.domain.Priority;
import java.util.List;
import java.util.UUID;

/**
 * The {@code data} of routing-service's {@code AssignmentDecided} event, as far as ticket-service
 * needs it (deliveries are notification-service's). Older decisions lack evaluation, summary and changes.
 */
public record RoutingDecision(UUID ticketId, UUID decisionId, String outcome, UUID groupId, String assignee,
                              Trigger trigger, String reason, String evaluation, String summary, Changes changes) {

    public static final String TYPE = "AssignmentDecided";
    public static final String ASSIGNED = "ASSIGNED";
    public static final String UNASSIGNED = "UNASSIGNED";
    public static final String UPDATED = "UPDATED";

    public record Trigger(UUID id, String name, int version) {
    }

    /** Attribute changes of the matching triggers; null members change nothing. */
    public record Changes(Priority priority, UUID processingTypeId, List<String> addTags, Boolean complete) {
    }

    public boolean answersUpdate() {
        return UPDATED.equals(evaluation);
    }
}
