package io.switchboard.notification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.switchboard.notification.domain.AssignmentNotice;
import io.switchboard.notification.domain.OperatorContact;
import java.util.UUID;

/** The part of ticket-service's {@code TicketAssigned} data that notifications read; contract in docs/events/schemas. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketAssigned(UUID ticketId, String number, String serviceCode, String title, Group group, Assignee assignee,
                             AssignedBy assignedBy) {

    public static final String TYPE = "TicketAssigned";

    public TicketAssigned {
        if (ticketId == null || number == null || title == null || group == null || assignee == null
                || assignedBy == null) {
            throw new IllegalArgumentException("TicketAssigned needs ticketId, number, title, group, assignee and assignedBy");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(UUID id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assignee(String username, String displayName, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AssignedBy(String kind, String name, String reason) {
    }

    /** Where the assignee is mailed, as of this assignment. */
    OperatorContact contact() {
        return new OperatorContact(assignee.username(), assignee.displayName() == null ? assignee.username()
                : assignee.displayName(), assignee.email());
    }

    AssignmentNotice notice() {
        String assigneeName = assignee.displayName() == null ? assignee.username() : assignee.displayName();
        return new AssignmentNotice(ticketId, number, title, group.name(), assigneeName, assignee.email(),
                new AssignmentNotice.Assigner("TRIGGER".equals(assignedBy.kind()), assignedBy.name(),
                        assignedBy.reason()));
    }
}
