package io.switchboard.ticket.people.api;

import io.switchboard.ticket.people.application.ServiceDraft;
import io.switchboard.ticket.people.domain.Workspace;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service as an org-admin creates or changes it; {@code code} only on create (it never changes). */
@Schema(description = "A service (workspace)", example = """
        {"code": "SHOP", "name": "Online Shop", "type": "INQUIRY", "timeZone": "Asia/Seoul",
         "helpCenterLanguages": ["ko", "en"], "editorType": "HTML", "autoCompleteDays": 14,
         "maskingEnabled": true, "operatorsMayUnmask": false}""")
public record ServiceRequest(
        @Schema(description = "^[A-Z][A-Z0-9_]{1,15}$; required on create; on update omitted or the service's own") String code,
        @Schema(maxLength = 100) String name,
        Workspace.Type type,
        @Schema(description = "An IANA time zone, e.g. Asia/Seoul") String timeZone,
        @Schema(description = "Help-center languages, e.g. ko, ja, en, zh") List<String> helpCenterLanguages,
        Workspace.EditorType editorType,
        @Schema(description = "Days after which a RESOLVED ticket completes (1–90)", defaultValue = "14")
        Integer autoCompleteDays,
        @Schema(description = "Personal-info masking (개인정보 마스킹) of messages; omitted means off", defaultValue = "false")
        Boolean maskingEnabled,
        @Schema(description = "Operators (not only admins) may unmask what was masked; omitted means no",
                defaultValue = "false")
        Boolean operatorsMayUnmask) {

    ServiceDraft toDraft() {
        return new ServiceDraft(code, name, type, timeZone, helpCenterLanguages, editorType, autoCompleteDays,
                maskingEnabled, operatorsMayUnmask);
    }
}
