package io.switchboard.ticket.people.application;

import io.switchboard.platform.events.Outbox;
import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.people.messaging.PeopleEventPayloads;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;

/**
 * Publishes a service's complete settings and member list after every change to them, so the other services
 * (routing, notification) replace their copy and never call ticket-service on their hot path.
 */
@ApplicationScoped
public class ServiceEvents {

    private final PeopleRepository people;
    private final Outbox outbox;
    private final Clock clock;

    ServiceEvents(PeopleRepository people, Outbox outbox, Clock clock) {
        this.people = people;
        this.outbox = outbox;
        this.clock = clock;
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
                        clock.instant()));
    }
}
