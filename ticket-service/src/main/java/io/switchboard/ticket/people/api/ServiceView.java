package io.switchboard.ticket.people.api;

import io.switchboard.ticket.people.domain.Workspace;
import java.util.List;

/** A service and its settings. */
public record ServiceView(String code, String name, String type, String timeZone, List<String> helpCenterLanguages,
                          String editorType, int autoCompleteDays, boolean maskingEnabled,
                          boolean operatorsMayUnmask) {

    static ServiceView of(Workspace w) {
        return new ServiceView(w.code(), w.name(), w.type().name(), w.timeZone(), w.helpCenterLanguages(),
                w.editorType().name(), w.autoCompleteDays(), w.maskingEnabled(),
                w.operatorsMayUnmask());
    }
}
