package io.switchboard.escalation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.switchboard.escalation.domain.TicketChange;
import io.switchboard.platform.events.CloudEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The part of ticket-service's {@code TicketCreated} data that escalation keeps; contract in docs/events/schemas. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketCreated(UUID ticketId, String number, String serviceCode, String title, String status,
                            String priority, String channel, InquiryType inquiryType, List<String> tags,
                            Instant createdAt) {

    public static final String TYPE = "TicketCreated";

    /** The inquiry type with its ids from the root down, as TicketCreated and TicketUpdated carry it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InquiryType(UUID id, List<UUID> path) {
        static List<UUID> pathOf(InquiryType type) {
            return type == null || type.path() == null ? List.of() : type.path();
        }
    }

    TicketChange change(CloudEvent event) {
        return new TicketChange(event.id(), event.time(), ticketId, number, serviceCode, title, status,
                TicketChange.Assignment.NONE, new TicketChange.Attributes(priority, channel,
                InquiryType.pathOf(inquiryType), tags, createdAt));
    }
}
