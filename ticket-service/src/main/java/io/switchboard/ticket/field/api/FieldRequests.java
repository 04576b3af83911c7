package io.switchboard.ticket.field.api;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.field.application.NewField;
import io.switchboard.ticket.field.domain.FieldDefinition;
import io.switchboard.ticket.field.domain.FieldOption;
import io.switchboard.ticket.field.domain.FieldScope;
import io.switchboard.ticket.field.domain.FieldType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the field admin API. */
public final class FieldRequests {

    private FieldRequests() {
    }

    public record Option(@NotBlank @Size(max = 100) String value, @NotNull Map<String, String> names) {
        FieldOption toOption() {
            return new FieldOption(value, names);
        }
    }

    @Schema(description = "A new field; code, scope, type and encrypted never change afterwards", example = """
            {"code": "order_no", "scope": "CUSTOMER", "type": "text", "names": {"ko": "주문 번호", "en": "Order number"},
             "required": true, "inquiryTypeIds": ["d0000000-0000-4000-8000-000000000001"]}""")
    public record Create(
            @NotBlank @Size(max = 50) String code,
            @NotNull FieldScope scope,
            @Schema(enumeration = {"text", "textarea", "checkbox", "dropdown", "radio", "date", "datetime", "date_period",
                    "datetime_period", "agree", "caption", "file"}) @NotBlank String type,
            @NotNull Map<String, String> names,
            @Size(max = 100) List<@Valid @NotNull Option> options,
            Boolean required, Boolean encrypted, Boolean adminOnly, Boolean active, Integer position,
            @Schema(description = "Customer fields: the inquiry types (and their subtypes) that ask for it")
            @Size(max = 200) List<@NotNull UUID> inquiryTypeIds) {

        NewField toNewField() {
            FieldType fieldType = FieldType.of(type).orElseThrow(() ->
                    new ProblemException.Invalid("type", "must be one of " + FieldType.codes()));
            return new NewField(code.strip(), scope, fieldType, Boolean.TRUE.equals(encrypted),
                    settings(names, options, required, adminOnly, active, position),
                    inquiryTypeIds == null ? Set.of() : new LinkedHashSet<>(inquiryTypeIds));
        }
    }

    @Schema(description = "The changeable settings of a field; active false deactivates it", example = """
            {"names": {"ko": "주문 번호", "en": "Order number"}, "required": false, "active": true, "position": 1}""")
    public record Update(
            @NotNull Map<String, String> names,
            @Size(max = 100) List<@Valid @NotNull Option> options,
            Boolean required, Boolean adminOnly, Boolean active, Integer position) {

        FieldDefinition.Settings toSettings() {
            return settings(names, options, required, adminOnly, active, position);
        }
    }

    @Schema(example = "{\"inquiryTypeIds\": [\"d0000000-0000-4000-8000-000000000001\"]}")
    public record Link(@NotNull @Size(max = 200) List<@NotNull UUID> inquiryTypeIds) {
    }

    private static FieldDefinition.Settings settings(Map<String, String> names, List<Option> options, Boolean required,
                                                     Boolean adminOnly, Boolean active, Integer position) {
        return new FieldDefinition.Settings(names, options == null ? List.of() : options.stream().map(Option::toOption).toList(),
                Boolean.TRUE.equals(required), Boolean.TRUE.equals(adminOnly), !Boolean.FALSE.equals(active),
                position == null ? 0 : position);
    }
}
