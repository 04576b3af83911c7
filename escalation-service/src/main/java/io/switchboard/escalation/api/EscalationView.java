package io.switchboard.escalation.api;

import io.switchboard.escalation.domain.Escalation;
import io.switchboard.escalation.domain.ServiceCopy;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An escalation on the wire. */
public record EscalationView(
        UUID id,
        @Schema(description = "REQUESTED: accepted, ticket-service is opening the issue ticket; OPEN: the issue "
                + "ticket exists; ANSWERED: it was held, resolved or internally resolved; REFUSED: ticket-service "
                + "wrote nothing (see refusal)") Escalation.Status status,
        SourceRef source,
        TargetRef target,
        String title,
        String requestedBy,
        Instant requestedAt,
        @Schema(description = "Why ticket-service refused the request; null otherwise") String refusal,
        @Schema(description = "The issue ticket's latest answer, as posted on the escalated ticket; null before")
        AnswerView answer,
        Instant updatedAt) {

    @Schema(description = "The escalated ticket")
    public record SourceRef(UUID ticketId, String number, String serviceCode) {
    }

    @Schema(description = "The issue-management service, and its issue ticket once opened (null before)")
    public record TargetRef(String serviceCode, UUID ticketId, String number) {
    }

    public record AnswerView(@Schema(enumeration = {"hold", "resolve", "internal-resolution"}) String action,
                             String content, @Schema(enumeration = {"TEXT", "HTML"}) String format,
                             String answeredBy, Instant answeredAt) {
    }

    /** An issue-management service an inquiry may be escalated to. */
    public record TargetService(String serviceCode, String name) {
        static TargetService of(ServiceCopy service) {
            return new TargetService(service.code(), service.name());
        }
    }

    public record Page(java.util.List<EscalationView> items) {
    }

    static EscalationView of(Escalation e) {
        Escalation.Answer answer = e.answer();
        return new EscalationView(e.id(), e.status(), new SourceRef(e.sourceTicketId(), e.sourceNumber(),
                e.sourceServiceCode()), new TargetRef(e.targetServiceCode(), e.issueTicketId(), e.issueNumber()),
                e.title(), e.requestedBy(), e.requestedAt(), e.refusal(), answer == null ? null
                : new AnswerView(answer.action(), answer.content(), answer.format(), answer.answeredBy(),
                        answer.answeredAt()), e.updatedAt());
    }
}
