package io.switchboard.escalation.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** The parts of ticket-service's escalation events that escalation keeps; contracts in docs/events/schemas. */
final class EscalationReports {

    static final String TICKET_ESCALATED = "TicketEscalated";
    static final String ESCALATION_REFUSED = "EscalationRefused";
    static final String TICKET_ESCALATION_ANSWERED = "TicketEscalationAnswered";

    private EscalationReports() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IssueTicket(UUID ticketId, String number, String serviceCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TicketEscalated(UUID escalationId, IssueTicket issue, Instant escalatedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EscalationRefused(UUID escalationId, String reason, Instant refusedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TicketEscalationAnswered(UUID escalationId, String action, String content, String format,
                                    String answeredBy, Instant answeredAt) {
    }
}
