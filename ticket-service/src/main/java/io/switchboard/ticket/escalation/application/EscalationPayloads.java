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
    public static final String DOORAY_TASK_CREATED = "DoorayTaskCreated";
    public static final String DOORAY_TASK_CHANGED = "DoorayTaskChanged";
    public static final String DOORAY_COMMENT_ADDED = "DoorayCommentAdded";
    public static final String DOORAY_ESCALATION_REFUSED = "DoorayEscalationRefused";

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

    /** Dooray made the task of a Dooray escalation: the ticket becomes DOORAY_ESCALATED. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record DoorayTaskCreated(UUID escalationId, UUID ticketId, String projectId, String projectName,
                                    String taskId, String requestedBy, Instant createdAt) {
    }

    /** The task moved to another workflow class ({@code backlog}, {@code registered}, {@code working}, {@code closed}). */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record DoorayTaskChanged(UUID escalationId, UUID ticketId, String taskId, String workflowClass,
                                    Instant changedAt) {
    }

    /** Someone commented on the task in Dooray. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record DoorayCommentAdded(UUID escalationId, UUID ticketId, String taskId, String authorName,
                                     String content, Instant createdAt) {
    }

    /** The ticket was not moved for the new task; escalation-service fails the escalation and tells Dooray. */
    public record DoorayEscalationRefused(UUID escalationId, UUID ticketId, String reason, Instant refusedAt) {
    }
}
