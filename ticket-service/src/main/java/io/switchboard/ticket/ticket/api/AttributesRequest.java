package io.switchboard.ticket.ticket.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.ticket.application.RequestedAttributes;
import io.switchboard.ticket.ticket.domain.Priority;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change of attributes: absent members stay as they are; {@code inquiryTypeId} and
 * {@code processingTypeId} null clear the type; {@code fields} merge by code, null clearing a value.
 */
@Schema(description = "Attributes to change; absent ones stay", example = """
        {"priority": "URGENT", "processingTypeId": "e0000000-0000-4000-8000-000000000002", "tags": ["vip", "refund"],
         "fields": {"cause": "bug"}}""")
public record AttributesRequest(
        Priority priority,
        @Size(max = 16) String language,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uuid",
                nullable = true, description = "null clears it") JsonNode inquiryTypeId,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "uuid",
                nullable = true, description = "null clears it") JsonNode processingTypeId,
        List<String> tags,
        @JsonSetter(contentNulls = Nulls.SET) @Size(max = 200) Map<String, Object> fields) {

    RequestedAttributes toRequested() {
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<UUID> inquiryType = typeId("inquiryTypeId", inquiryTypeId, errors);
        Optional<UUID> processingType = typeId("processingTypeId", processingTypeId, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The request has invalid fields.", errors);
        }
        return new RequestedAttributes(priority, language, inquiryType, processingType, tags, fields);
    }

    /** null: leave it; empty: clear it. */
    @SuppressWarnings("OptionalAssignedToNull")
    private static Optional<UUID> typeId(String name, JsonNode node, List<Problem.FieldError> errors) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        if (node.isNull()) {
            return Optional.empty();
        }
        try {
            if (node.isTextual()) {
                return Optional.of(UUID.fromString(node.asText()));
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        errors.add(new Problem.FieldError(name, "must be a UUID, or null to clear it"));
        return null;
    }
}
