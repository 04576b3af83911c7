package io.switchboard.ticket.people.messaging;

import io.switchboard.ticket.people.domain.BusinessHours;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code data} of the people events ticket-service publishes; contracts in docs/events/schemas. */
public final class PeopleEventPayloads {

    public static final String AGGREGATE = "people";
    public static final String GROUP_MEMBERSHIP_CHANGED = "GroupMembershipChanged";
    public static final String SERVICE_CHANGED = "ServiceChanged";

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

    public record ServiceMember(String username, String displayName, String email, String role,
                                boolean assignmentEnabled, boolean mayForward) {
    }

    /** The service's complete settings, members and forbidden words, keyed by its code; consumers replace their copy. */
    public record ServiceChanged(String serviceCode, String name, String type, String timeZone, List<String> languages,
                                 BusinessHours businessHours, List<ServiceMember> members, Instant changedAt,
                                 List<String> forbiddenWords) {
    }
}
