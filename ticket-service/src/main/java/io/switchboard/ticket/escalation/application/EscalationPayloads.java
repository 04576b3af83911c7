package io.switchboard.ticket.escalation.application;

import io.switchboard.platform.problem.Problem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The escalation events ticket-service consumes and publishes; contracts in docs/events/schemas. */
public final class EscalationPayloads {

    public static final String ESCALATION_REQUESTED = "EscalationRequested";
    public static final String TICKET_ESCALATED = "TicketEscalated";
    public static final String ESCALATION_REFUSED = "EscalationRefused";
    public static final String TICKET_ESCALATION_ANSWERED = "TicketEscalationAnswered";

    private EscalationPayloads() {
    }

    /** escalation-service asks for an issue ticket (unknown members are ignored, as with every event). */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record EscalationRequested(UUID escalationId, UUID ticketId, String targetServiceCode, UUID inquiryTypeId,
                                      Map<String, Object> fields, String title, String content, String requestedBy,
                                      Instant requestedAt) {
    }

    public record TicketRef(UUID ticketId, String number, String serviceCode) {
    }

    /** The issue ticket exists and the source ticket is ESCALATED. */
    public record TicketEscalated(UUID escalationId, UUID ticketId, String number, String serviceCode,
                                  TicketRef issue, String escalatedBy, Instant escalatedAt) {
    }

    /** Nothing was written: why, and for a refusal of the issue ticket's attributes, which members. */
    public record EscalationRefused(UUID escalationId, UUID ticketId, String reason, List<Problem.FieldError> errors,
                                    Instant refusedAt) {
    }

    /** The issue ticket was held, resolved or internally resolved; its answer is on the source ticket. */
    public record TicketEscalationAnswered(UUID escalationId, UUID ticketId, String number, String serviceCode,
                                           TicketRef issue, String action, String content, String format,
                                           String answeredBy, Instant answeredAt) {
    }
}
