package io.switchboard.escalation.dooray.api;

import io.switchboard.escalation.dooray.application.DoorayApi;
import io.switchboard.escalation.dooray.application.NewDoorayEscalation;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /api/v1/dooray/escalations}: the Dooray task to create for a ticket. */
public record DoorayEscalationRequest(
        @NotNull @Schema(required = true) UUID ticketId,
        @Schema(required = true, description = "One of the projects of the ticket's service's Dooray connection")
        String projectId,
        @Schema(required = true, maxLength = 200) String subject,
        @Schema(required = true) BodyRequest body,
        @Schema(description = "organizationMemberIds of project members") List<String> to,
        @Schema(description = "organizationMemberIds of project members") List<String> cc,
        @Schema(description = "Every mandatory tag group needs one; a select-one group at most one") List<String> tagIds,
        @Schema(enumeration = {"none", "lowest", "low", "normal", "high", "highest"}, defaultValue = "none")
        String priority) {

    public record BodyRequest(@Schema(required = true, enumeration = {"text/html", "text/x-markdown"}) String mimeType,
                              @Schema(required = true) String content) {
    }

    NewDoorayEscalation toNewEscalation() {
        return new NewDoorayEscalation(ticketId, projectId, subject,
                body == null ? null : new DoorayApi.Body(body.mimeType(), body.content()), to, cc, tagIds, priority);
    }
}
