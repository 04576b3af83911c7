package io.switchboard.escalation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.switchboard.escalation.domain.TicketChange;
import io.switchboard.platform.events.CloudEvent;
import java.util.UUID;

/** The part of ticket-service's {@code TicketCreated} data that escalation keeps; contract in docs/events/schemas. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketCreated(UUID ticketId, String number, String serviceCode, String title, String status) {

    public static final String TYPE = "TicketCreated";

    TicketChange change(CloudEvent event) {
        return new TicketChange(event.id(), event.time(), ticketId, number, serviceCode, title, status,
                TicketChange.Assignment.NONE);
    }
}
