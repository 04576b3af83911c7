package io.switchboard.ticket.field.api;

import io.switchboard.ticket.field.domain.FieldDefinition;
import io.switchboard.ticket.field.domain.FieldOption;
import io.switchboard.ticket.field.domain.FieldScope;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A field definition on the wire. */
public record FieldView(String code, FieldScope scope,
                        @Schema(enumeration = {"text", "textarea", "checkbox", "dropdown", "radio", "date", "datetime",
                                "date_period", "datetime_period", "agree", "caption", "file"}) String type,
                        Map<String, String> names, List<FieldOption> options,
                        boolean required, boolean encrypted, boolean adminOnly, boolean active, int position,
                        List<UUID> inquiryTypeIds) {

    public static FieldView of(FieldDefinition field) {
        return new FieldView(field.code(), field.scope(), field.type().code(), new TreeMap<>(field.names()),
                field.options(), field.required(), field.encrypted(), field.adminOnly(), field.active(),
                field.position(), field.inquiryTypeIds().stream().sorted().toList());
    }
}
