package io.switchboard.ticket.people.application;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.switchboard.platform.events.Outbox;
import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.people.messaging.PeopleEventPayloads;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * Publishes the complete state of a service (settings and members) or of a group (members) after every change
 * to it, so routing and notification replace their copy and never call ticket-service on their hot path.
 */
@ApplicationScoped
public class PeopleEvents {

    private final PeopleRepository people;
    private final Outbox outbox;
    private final Clock clock;
    private final ForbiddenWordLists forbiddenWords;

    PeopleEvents(PeopleRepository people, Outbox outbox, Clock clock, ForbiddenWordLists forbiddenWords) {
        this.people = people;
        this.outbox = outbox;
        this.clock = clock;
        this.forbiddenWords = forbiddenWords;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void serviceChanged(String code) {
        people.flush();
        Workspace workspace = people.workspace(code).orElseThrow();
        var members = people.memberships(code).stream()
                .sorted(Comparator.comparing(Membership::username))
                .map(membership -> {
                    Operator operator = people.operator(membership.username()).orElseThrow();
                    return new PeopleEventPayloads.ServiceMember(membership.username(), operator.displayName(),
                            operator.email(), membership.role().name(), membership.assignmentEnabled(),
                            membership.mayForward());
                })
                .toList();
        outbox.append(PeopleEventPayloads.AGGREGATE, code, PeopleEventPayloads.SERVICE_CHANGED,
                new PeopleEventPayloads.ServiceChanged(code, workspace.name(), workspace.type().name(),
                        workspace.timeZone(), workspace.helpCenterLanguages(), workspace.businessHours(), members,
                        clock.instant(), forbiddenWords.of(code)));
        people.markPublished(code, clock.instant());
    }

    /** The group's members, longest-standing first (the round-robin order); a deleted group has none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void groupChanged(OperatorGroup group, boolean deleted) {
        people.flush();
        List<PeopleEventPayloads.Member> members = deleted ? List.of() : people.members(group.id()).stream()
                .map(seat -> {
                    Operator operator = people.operator(seat.username()).orElseThrow();
                    return new PeopleEventPayloads.Member(seat.username(), seat.joinedAt(),
                            people.membership(group.workspaceCode(), seat.username())
                                    .map(Membership::assignmentEnabled).orElse(false),
                            operator.displayName(), operator.email());
                })
                .sorted(Comparator.comparing(PeopleEventPayloads.Member::joinedAt)
                        .thenComparing(PeopleEventPayloads.Member::username))
                .toList();
        outbox.append(PeopleEventPayloads.AGGREGATE, group.id().toString(),
                PeopleEventPayloads.GROUP_MEMBERSHIP_CHANGED,
                new PeopleEventPayloads.GroupMembershipChanged(group.id(), group.workspaceCode(), group.name(),
                        deleted, members, clock.instant()));
    }

    /** An operator's name or e-mail changed: every copy that shows them is republished. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void operatorChanged(String username) {
        for (Membership membership : people.membershipsOf(username)) {
            serviceChanged(membership.workspaceCode());
            people.groupsOf(username, membership.workspaceCode()).forEach(group -> groupChanged(group, false));
        }
    }

    /**
     * Services written without the API (demo data, SQL restores) were never published: publish them and their
     * groups once at start-up, after Flyway and demo data, so the other services' copies match.
     */
    void publishUnpublished(@Observes @Priority(Interceptor.Priority.APPLICATION + 200) StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<String> codes = people.unpublishedServices();
            for (String code : codes) {
                serviceChanged(code);
                people.groups(code).forEach(group -> groupChanged(group, false));
            }
            if (!codes.isEmpty()) {
                Log.infof("Published services never published before: %s", codes);
            }
        });
    }
}
