package io.switchboard.ticket.field.api;

import io.switchboard.ticket.field.domain.FieldDefinition;
import io.switchboard.ticket.field.domain.FieldOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A field definition on the wire. */
public record FieldView(String code, String scope, String type, Map<String, String> names, List<FieldOption> options,
                        boolean required, boolean encrypted, boolean adminOnly, boolean active, int position,
                        List<UUID> inquiryTypeIds) {

    public static FieldView of(FieldDefinition field) {
        return new FieldView(field.code(), field.scope().name(), field.type().code(), new TreeMap<>(field.names()),
                field.options(), field.required(), field.encrypted(), field.adminOnly(), field.active(),
                field.position(), field.inquiryTypeIds().stream().sorted().toList());
    }
}
