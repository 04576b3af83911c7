package io.switchboard.ticket.people.api;

import io.switchboard.ticket.people.application.MemberDetails;
import java.util.List;
import java.util.UUID;

/** An operator's membership in a service. {@code mayForward} is the granted flag (admins may always forward). */
public record MemberView(String serviceCode, String username, String displayName, String role, List<GroupRef> groups,
                         boolean mayForward, boolean assignmentEnabled, boolean mayChangeOwnAssignment) {

    public record GroupRef(UUID id, String name) {
    }

    static MemberView of(MemberDetails d) {
        return new MemberView(d.membership().workspaceCode(), d.operator().username(), d.operator().displayName(),
                d.membership().role().name(), d.groups().stream().map(g -> new GroupRef(g.id(), g.name())).toList(),
                d.membership().forwardGranted(), d.membership().assignmentEnabled(),
                d.membership().mayChangeOwnAssignment());
    }
}
