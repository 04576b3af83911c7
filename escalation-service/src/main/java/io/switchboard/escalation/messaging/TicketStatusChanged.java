package io.switchboard.escalation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.switchboard.escalation.domain.TicketChange;
import io.switchboard.platform.events.CloudEvent;
import java.util.UUID;

/** The part of ticket-service's {@code TicketStatusChanged} data that escalation keeps; contract in docs/events/schemas. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketStatusChanged(UUID ticketId, String number, String serviceCode, String to, String action) {

    public static final String TYPE = "TicketStatusChanged";

    /** Back in a queue (forwarded to a group) means no operator holds it (the event does not name the group); otherwise the assignment is as it was. */
    TicketChange change(CloudEvent event) {
        return new TicketChange(event.id(), event.time(), ticketId, number, serviceCode, null, to,
                "UNASSIGNED".equals(to) ? TicketChange.Assignment.NONE : null);
    }
}
