package io.switchboard.ticket.ticket.messaging;

import java.util.UUID;

/** The {@code data} of routing-service's {@code AssignmentDecided} event, as far as ticket-service needs it. */
public record RoutingDecision(UUID ticketId, UUID decisionId, String outcome, UUID groupId, String assignee,
                              Trigger trigger, String reason) {

    public static final String TYPE = "AssignmentDecided";
    public static final String ASSIGNED = "ASSIGNED";

    public record Trigger(UUID id, String name, int version) {
    }
}
