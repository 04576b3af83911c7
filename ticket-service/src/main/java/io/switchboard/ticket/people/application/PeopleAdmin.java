package io.switchboard.ticket.people.application;

import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.people.domain.GroupMember;
import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Groups and memberships of one service. Org-admins and the service's ADMINs change them, its members read
 * them, outsiders get 404. Every change publishes the full member list of each group it touched.
 */
@ApplicationScoped
public class PeopleAdmin {

    private final PeopleRepository people;
    private final AccessPolicy access;
    private final PeopleEvents peopleEvents;
    private final Clock clock;

    PeopleAdmin(PeopleRepository people, AccessPolicy access, PeopleEvents peopleEvents, Clock clock) {
        this.people = people;
        this.access = access;
        this.peopleEvents = peopleEvents;
        this.clock = clock;
    }

    // --- groups

    @Transactional
    public List<GroupDetails> groups(Caller caller, String code) {
        access.readableService(caller, code);
        return people.groups(code).stream().map(this::details).toList();
    }

    @Transactional
    public GroupDetails createGroup(Caller caller, String code, String name) {
        access.administrableService(caller, code);
        refuseDuplicateName(code, name.strip(), null);
        OperatorGroup group = new OperatorGroup(code, name);
        people.add(group);
        peopleEvents.groupChanged(group, false);
        return details(group);
    }

    @Transactional
    public GroupDetails renameGroup(Caller caller, String code, UUID id, String name) {
        access.administrableService(caller, code);
        OperatorGroup group = group(code, id);
        refuseDuplicateName(code, name.strip(), id);
        group.rename(name);
        peopleEvents.groupChanged(group, false);
        return details(group);
    }

    /** Only an empty group can go: tickets and triggers may still name a group with members. */
    @Transactional
    public void deleteGroup(Caller caller, String code, UUID id) {
        access.administrableService(caller, code);
        OperatorGroup group = group(code, id);
        int members = people.members(id).size();
        if (members > 0) {
            throw new ProblemException.Conflict("Group " + group.name() + " still has " + members
                    + " member(s); move them to other groups first.");
        }
        peopleEvents.groupChanged(group, true);
        people.remove(group);
    }

    // --- memberships

    @Transactional
    public List<MemberDetails> members(Caller caller, String code) {
        access.readableService(caller, code);
        return people.memberships(code).stream().map(this::details).toList();
    }

    @Transactional
    public MemberDetails member(Caller caller, String code, String username) {
        access.readableService(caller, code);
        return details(membership(code, username));
    }

    /** Adds an operator by Keycloak user name, provisioning the operator row if they never signed in. */
    @Transactional
    public MemberDetails addMember(Caller caller, String code, MemberChange change) {
        access.administrableService(caller, code);
        Set<OperatorGroup> groups = groupsOf(code, change.groups());
        if (people.membership(code, change.username()).isPresent()) {
            throw new ProblemException.Conflict(change.username() + " is already a member of " + code + ".");
        }
        if (people.operator(change.username()).isEmpty()) {
            people.add(new Operator(change.username(), null, null));
        }
        Membership membership = new Membership(code, change.username(), change.permissions());
        people.add(membership);
        Instant now = clock.instant();
        for (OperatorGroup group : groups) {
            people.add(new GroupMember(group.id(), change.username(), now));
        }
        groups.forEach(group -> peopleEvents.groupChanged(group, false));
        peopleEvents.serviceChanged(code);
        return details(membership);
    }

    /** Replaces role, permissions and groups; seats in groups kept keep their join time (round-robin order). */
    @Transactional
    public MemberDetails updateMember(Caller caller, String code, String username, MemberChange change) {
        access.administrableService(caller, code);
        Membership membership = membership(code, username);
        Set<OperatorGroup> wanted = groupsOf(code, change.groups());
        Set<UUID> wantedIds = new LinkedHashSet<>(wanted.stream().map(OperatorGroup::id).toList());
        Set<OperatorGroup> touched = new LinkedHashSet<>(wanted);
        List<GroupMember> seats = people.seatsOf(username, code);
        for (GroupMember seat : seats) {
            if (!wantedIds.contains(seat.groupId())) {
                people.remove(seat);
                people.group(seat.groupId()).ifPresent(touched::add);
            }
        }
        Set<UUID> seated = new LinkedHashSet<>(seats.stream().map(GroupMember::groupId).toList());
        Instant now = clock.instant();
        for (OperatorGroup group : wanted) {
            if (!seated.contains(group.id())) {
                people.add(new GroupMember(group.id(), username, now));
            }
        }
        membership.grant(change.permissions());
        touched.forEach(group -> peopleEvents.groupChanged(group, false));
        peopleEvents.serviceChanged(code);
        return details(membership);
    }

    @Transactional
    public void removeMember(Caller caller, String code, String username) {
        access.administrableService(caller, code);
        Membership membership = membership(code, username);
        List<OperatorGroup> groups = people.groupsOf(username, code);
        people.seatsOf(username, code).forEach(people::remove);
        people.remove(membership);
        groups.forEach(group -> peopleEvents.groupChanged(group, false));
        peopleEvents.serviceChanged(code);
    }

    /** An operator's own assignment switch; refused unless an admin allowed them to change it. */
    @Transactional
    public MemberDetails changeOwnAssignment(Caller caller, String code, boolean enabled) {
        access.accessibleService(caller, code);
        Membership membership = membership(code, caller.username());
        membership.changeOwnAssignment(enabled);
        people.groupsOf(caller.username(), code).forEach(group -> peopleEvents.groupChanged(group, false));
        peopleEvents.serviceChanged(code);
        return details(membership);
    }

    // --- helpers

    private OperatorGroup group(String code, UUID id) {
        return people.group(id).filter(g -> g.workspaceCode().equals(code))
                .orElseThrow(() -> new ProblemException.NotFound("There is no group " + id + " in " + code + "."));
    }

    private Membership membership(String code, String username) {
        return people.membership(code, username)
                .orElseThrow(() -> new ProblemException.NotFound(username + " is not a member of " + code + "."));
    }

    private void refuseDuplicateName(String code, String name, UUID except) {
        people.groupNamed(code, name).filter(g -> !g.id().equals(except)).ifPresent(g -> {
            throw new ProblemException.Conflict("There is already a group " + name + " in " + code + ".");
        });
    }

    private Set<OperatorGroup> groupsOf(String code, Set<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new ProblemException.Invalid("groups", "must name at least one group");
        }
        Set<OperatorGroup> groups = new LinkedHashSet<>();
        for (UUID id : ids) {
            groups.add(people.group(id).filter(g -> g.workspaceCode().equals(code)).orElseThrow(
                    () -> new ProblemException.Invalid("groups", "there is no group " + id + " in " + code)));
        }
        return groups;
    }

    private GroupDetails details(OperatorGroup group) {
        return new GroupDetails(group, people.members(group.id()).stream()
                .map(seat -> new GroupDetails.Seat(seat, people.operator(seat.username()).orElseThrow()))
                .toList());
    }

    private MemberDetails details(Membership membership) {
        return new MemberDetails(membership, people.operator(membership.username()).orElseThrow(),
                people.groupsOf(membership.username(), membership.workspaceCode()));
    }

}

