package io.switchboard.ticket.ticket.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ticket on the wire. */
public record TicketView(UUID id, String number, String serviceCode, String title, String content, String channel,
                         String status, String internalResolution, GroupRef group, OperatorRef assignee,
                         CustomerView customer, String createdBy, Instant createdAt, Instant updatedAt,
                         Instant resolvedAt, Instant completedAt, long version,
                         @Schema(description = "The parent ticket, when this is a sub-ticket") UUID parentId,
                         @Schema(enumeration = {"LOW", "NORMAL", "HIGH", "URGENT"}) String priority,
                         String language, UUID inquiryTypeId, UUID processingTypeId, List<String> tags,
                         @Schema(description = "Field values by code, those the reader may see; encrypted ones only "
                                 + "in a ticket's detail for its operators; null where fields are not shown")
                         Map<String, Object> fields,
                         @Schema(description = "The open callback reservation (약속콜), for the service's operators; "
                                 + "null when there is none (and always for integrations)")
                         CallbackView callback,
                         @Schema(description = "The SLA clocks of the ticket's policy (escalation-service computes them), "
                                 + "for the service's operators; null when no policy applies (and always for integrations)")
                         SlaView sla,
                         @Schema(description = "What the reader may do to the ticket now, decided by ticket-service "
                                 + "from their role, membership, assignment and permissions and the ticket's status: "
                                 + "the action sub-resources of /api/v1/tickets/{id} (e.g. hold, resolve), plus "
                                 + "attributes, sub-tickets, links, callback (reserve, move, finish or cancel "
                                 + "its callback reservation), escalate (to an issue-management service, with "
                                 + "escalation-service's POST /api/v1/escalations) and dooray-escalate (to the "
                                 + "service's Dooray project, with POST /api/v1/dooray/escalations)")
                         List<String> allowedActions,
                         @Schema(description = "In lists and an agent's read of the ticket: whether the reader starred "
                                 + "(☆) it; absent for integrations and in answers to actions")
                         @JsonInclude(JsonInclude.Include.NON_NULL) Boolean starred,
                         @Schema(description = "In lists: whether someone else changed the ticket since the reader "
                                 + "last opened it (PUT /api/v1/tickets/{id}/read); absent elsewhere")
                         @JsonInclude(JsonInclude.Include.NON_NULL) Boolean unread) {

    public record GroupRef(UUID id, String name) {
    }

    public record OperatorRef(String username, String displayName) {
    }

    public record CustomerView(String email, String name, String phone) {
    }

    @Schema(description = "A ticket's SLA: its policy, when the next clock falls due, whether one is past due")
    public record SlaView(UUID policyId, String policyName,
                          @Schema(description = "The earliest due time of a clock not met yet; null when none runs")
                          Instant nextDueAt,
                          @Schema(description = "A clock is past due and not met yet") boolean overdue,
                          List<SlaClockView> clocks) {
    }

    public record SlaClockView(@Schema(enumeration = {"FIRST_RESPONSE", "NEXT_RESPONSE", "RESOLUTION"}) String metric,
                               @Schema(enumeration = {"RUNNING", "PAUSED", "MET", "BREACHED"}) String state,
                               @Schema(description = "The target, an ISO-8601 duration", example = "PT4H") String target,
                               @Schema(description = "Null while paused or once met") Instant dueAt,
                               Instant warnAt,
                               @Schema(description = "It fell due before it was met (also once met late)") boolean breached) {
    }

    @Schema(description = "A promise to call the customer back")
    public record CallbackView(@Schema(description = "When to call") Instant at,
                               @Schema(description = "The number to call", example = "010-1234-5678") String phone,
                               @Schema(description = "The operator's note, if any") String note,
                               @Schema(description = "Who reserved it, or moved it last") String reservedBy,
                               @Schema(description = "Whether its time has come (at ≤ now)") boolean due) {
    }
}
