package io.switchboard.escalation.dooray.domain;

import java.util.List;
import java.util.Map;

/**
 * What an admin sets for a service's Dooray connection, besides the token: the organisation, the projects (in
 * order) and the operators' own Dooray members (username → organizationMemberId). Checked before it gets here.
 */
public record ConnectionSettings(String organizationId, List<DoorayProjectSetting> projects,
                                 Map<String, String> operatorMembers) {

    public ConnectionSettings {
        projects = List.copyOf(projects);
        operatorMembers = Map.copyOf(operatorMembers);
    }
}
