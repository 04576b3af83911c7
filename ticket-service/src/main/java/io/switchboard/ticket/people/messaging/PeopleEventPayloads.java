package io.switchboard.ticket.people.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code data} of the people events ticket-service publishes; contracts in docs/events/schemas. */
public final class PeopleEventPayloads {

    public static final String AGGREGATE = "people";
    public static final String GROUP_MEMBERSHIP_CHANGED = "GroupMembershipChanged";

    private PeopleEventPayloads() {
    }

    /** A member with where routing's notifications to them go. */
    public record Member(String username, Instant joinedAt, boolean assignmentEnabled, String displayName,
                         String email) {
    }

    /** The whole current member list of a group, so a consumer can replace its copy; deleted groups have none. */
    public record GroupMembershipChanged(UUID groupId, String serviceCode, String groupName, boolean deleted,
                                         List<Member> members, Instant changedAt) {
    }
}
