package io.switchboard.escalation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.switchboard.escalation.domain.TicketChange;
import io.switchboard.platform.events.CloudEvent;
import java.util.UUID;

/** The part of ticket-service's {@code TicketAssigned} data that escalation keeps; contract in docs/events/schemas. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketAssigned(UUID ticketId, String number, String serviceCode, String title, String status,
                             Group group, Assignee assignee) {

    public static final String TYPE = "TicketAssigned";

    public TicketAssigned {
        if (group == null || assignee == null) {
            throw new IllegalArgumentException("TicketAssigned needs group and assignee");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(UUID id) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assignee(String username) {
    }

    TicketChange change(CloudEvent event) {
        return new TicketChange(event.id(), event.time(), ticketId, number, serviceCode, title, status,
                new TicketChange.Assignment(assignee.username(), group.id()));
    }
}
