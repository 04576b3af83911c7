package io.switchboard.ticket.people.application;

import io.switchboard.ticket.people.domain.ServiceSettings;
import io.switchboard.ticket.people.domain.Workspace;
import java.util.List;

/** A service as an org-admin describes it, not yet validated. */
public record ServiceDraft(String code, String name, Workspace.Type type, String timeZone,
                           List<String> helpCenterLanguages, Workspace.EditorType editorType,
                           Integer autoCompleteDays, Boolean maskingEnabled, Boolean operatorsMayUnmask) {

    /** Validates the settings; throws a problem naming every invalid field. */
    public ServiceSettings settings() {
        return new ServiceSettings(name, type, timeZone, helpCenterLanguages, editorType, autoCompleteDays, maskingEnabled,
                operatorsMayUnmask);
    }
}
