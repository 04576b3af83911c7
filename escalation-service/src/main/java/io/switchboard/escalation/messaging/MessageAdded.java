package io.switchboard.escalation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.switchboard.escalation.domain.TicketChange;
import io.switchboard.escalation.sla.application.SlaClocks;
import io.switchboard.platform.events.CloudEvent;
import java.util.UUID;

/** The part of ticket-service's {@code MessageAdded} data that escalation keeps; contract in docs/events/schemas. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageAdded(UUID ticketId, String number, String serviceCode, String title, String type,
                           String status) {

    public static final String TYPE = "MessageAdded";

    /** The status after the message; the title and assignment as they were. */
    TicketChange change(CloudEvent event) {
        return new TicketChange(event.id(), event.time(), ticketId, number, serviceCode, title, status, null);
    }

    /** Replies meet response clocks; a customer's re-inquiry starts the next response; other messages do neither. */
    SlaClocks.Message message() {
        return switch (type) {
            case "INTERIM_REPLY", "FINAL_REPLY" -> SlaClocks.Message.REPLY;
            case "CUSTOMER_REINQUIRY" -> SlaClocks.Message.REINQUIRY;
            default -> SlaClocks.Message.NONE;
        };
    }
}
