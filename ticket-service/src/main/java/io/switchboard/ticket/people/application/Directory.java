package io.switchboard.ticket.people.application;

import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The signed-in operator: their record, kept in step with the token, and the services they belong to. */
@ApplicationScoped
public class Directory {

    /** A service as one operator sees it: the service, their role and their groups in it. */
    public record ServiceAccess(Workspace workspace, Membership membership, List<OperatorGroup> groups) {
    }

    private final PeopleRepository people;
    private final PeopleEvents peopleEvents;

    Directory(PeopleRepository people, PeopleEvents peopleEvents) {
        this.people = people;
        this.peopleEvents = peopleEvents;
    }

    /**
     * The caller's operator record, created on first use and kept in step with the token; a changed name or
     * e-mail is published to every service they belong to (notifications go to that address).
     */
    @Transactional
    public Operator provision(Caller caller) {
        return people.operator(caller.username())
                .map(operator -> {
                    if (operator.refresh(caller.displayName(), caller.email())) {
                        peopleEvents.operatorChanged(caller.username());
                    }
                    return operator;
                })
                .orElseGet(() -> {
                    Operator operator = new Operator(caller.username(), caller.displayName(), caller.email());
                    people.add(operator);
                    return operator;
                });
    }

    @Transactional
    public List<ServiceAccess> servicesOf(Caller caller) {
        return people.membershipsOf(caller.username()).stream()
                .map(m -> new ServiceAccess(people.workspace(m.workspaceCode()).orElseThrow(), m,
                        people.groupsOf(caller.username(), m.workspaceCode())))
                .toList();
    }
}
