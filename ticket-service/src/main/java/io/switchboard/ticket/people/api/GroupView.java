package io.switchboard.ticket.people.api;

import io.switchboard.ticket.people.application.GroupDetails;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An operator group and its members, longest-standing first. */
public record GroupView(UUID id, String serviceCode, String name, List<Member> members) {

    public record Member(String username, String displayName, Instant joinedAt) {
    }

    static GroupView of(GroupDetails details) {
        return new GroupView(details.group().id(), details.group().workspaceCode(), details.group().name(),
                details.members().stream().map(s -> new Member(s.operator().username(), s.operator().displayName(),
                        s.seat().joinedAt())).toList());
    }
}
