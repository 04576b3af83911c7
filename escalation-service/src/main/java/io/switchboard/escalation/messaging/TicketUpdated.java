package io.switchboard.escalation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.switchboard.escalation.domain.TicketChange;
import io.switchboard.platform.events.CloudEvent;
import java.util.List;
import java.util.UUID;

/** The part of ticket-service's {@code TicketUpdated} data that escalation keeps; contract in docs/events/schemas. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketUpdated(UUID ticketId, String number, String serviceCode, String title, String status,
                            UUID groupId, String assignee, String priority, TicketCreated.InquiryType inquiryType,
                            List<String> tags) {

    public static final String TYPE = "TicketUpdated";

    /** It carries the complete current attributes and assignment (not a delta). */
    TicketChange change(CloudEvent event) {
        return new TicketChange(event.id(), event.time(), ticketId, number, serviceCode, title, status,
                new TicketChange.Assignment(assignee, groupId), new TicketChange.Attributes(priority, null,
                TicketCreated.InquiryType.pathOf(inquiryType), tags, null));
    }
}
