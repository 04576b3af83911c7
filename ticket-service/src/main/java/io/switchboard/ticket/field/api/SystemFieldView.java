package io.switchboard.ticket.field.api;

import io.switchboard.ticket.field.application.SystemFields;
import io.switchboard.ticket.field.domain.SystemField;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A system field of the customer form on the wire. */
public record SystemFieldView(
        @Schema(enumeration = {"inquiry_type", "email", "title", "content", "privacy_consent"}) String key,
        @Schema(description = "How the form asks for it", enumeration = {"inquiry_type", "email", "text", "textarea", "agree"})
        String type,
        Map<String, String> names, boolean required, boolean active, int position,
        @Schema(description = "The one switch the service may flip: REQUIRED (inquiry type), ACTIVE (privacy consent)")
        SystemField.Changeable changeable,
        @Schema(description = "false: as built in") boolean customized) {

    static SystemFieldView of(SystemFields.State state) {
        SystemField field = state.field();
        return new SystemFieldView(field.key(), field.type(), new TreeMap<>(state.values().names()),
                state.values().required(), state.values().active(), state.values().position(), field.changeable(),
                state.customized());
    }
}
