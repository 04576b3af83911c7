package io.switchboard.ticket.people.application;

import io.switchboard.ticket.people.domain.Membership;
import java.util.Set;
import java.util.UUID;

/** What an admin sets for an operator in a service: role, permissions and groups (at least one). */
public record MemberChange(String username, Membership.Permissions permissions, Set<UUID> groups) {
}
