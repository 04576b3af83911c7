package io.switchboard.routing.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.switchboard.routing.domain.TicketFacts;
import java.util.UUID;

/** The part of ticket-service's {@code TicketCreated} data that routing reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TicketCreated(UUID ticketId, String serviceCode, String title, String content, String channel,
                            Customer customer) {

    public static final String TYPE = "TicketCreated";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customer(String email, String name) {
    }

    TicketFacts facts() {
        return new TicketFacts(ticketId, serviceCode, channel, title, content, customer == null ? null : customer.email());
    }
}
