package io.switchboard.escalation.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.switchboard.escalation.application.Escalations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Escalate a ticket to an issue-management service", example = """
        {"ticketId": "7d0f5a3e-2f4b-4c1e-9a57-3b8f0c6d2e11", "targetServiceCode": "DEV",
         "inquiryTypeId": "d0000000-0000-4000-8000-000000000012", "fields": {"app_version": "3.2.1"},
         "title": "Refund button fails on Android", "content": "Customer reports error E42 when tapping Refund."}""")
public record EscalationRequest(
        @NotNull @Schema(description = "The ticket to escalate, of an inquiry service") UUID ticketId,
        @NotBlank @Size(max = 16) @Schema(description = "An issue-management service (GET /api/v1/escalations/targets)")
        String targetServiceCode,
        @Schema(description = "One of the target service's active inquiry types") UUID inquiryTypeId,
        @Schema(description = "Values of that type's customer fields by code; required ones must be given")
        @JsonSetter(contentNulls = Nulls.SET) @Size(max = 200) Map<String, Object> fields,
        @NotBlank @Size(max = 200) @Schema(description = "The issue ticket's title") String title,
        @NotBlank @Size(max = 100_000) @Schema(description = "What the issue team needs to know") String content) {

    Escalations.NewEscalation toNewEscalation() {
        return new Escalations.NewEscalation(ticketId, targetServiceCode.strip(), inquiryTypeId, fields, title, content);
    }
}
