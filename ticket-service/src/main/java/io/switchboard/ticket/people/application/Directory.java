package io.switchboard.ticket.people.application;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.integration.application.IntegrationGrants;
import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Who may see which service: memberships decide, and outsiders learn nothing (404, never 403). */
@ApplicationScoped
public class Directory {

    /** A service as one operator sees it: the service, their role and their groups in it. */
    public record ServiceAccess(Workspace workspace, Membership membership, List<OperatorGroup> groups) {
    }

    private final PeopleRepository people;
    private final IntegrationGrants grants;
    private final PeopleEvents peopleEvents;

    Directory(PeopleRepository people, IntegrationGrants grants, PeopleEvents peopleEvents) {
        this.people = people;
        this.grants = grants;
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

    /** The service, if the caller may work in it: agents need a membership, integrations a grant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workspace accessibleService(Caller caller, String code) {
        Workspace workspace = people.workspace(code).orElseThrow(() -> unknownService(code));
        if (!canSee(caller, code)) {
            throw unknownService(code);
        }
        return workspace;
    }

    /** The service for reading its settings and people: org-admins see every service, agents their own. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workspace readableService(Caller caller, String code) {
        Workspace workspace = people.workspace(code).orElseThrow(() -> unknownService(code));
        if (!caller.isOrgAdmin() && people.membership(code, caller.username()).isEmpty()) {
            throw unknownService(code);
        }
        return workspace;
    }

    /**
     * The service for changing its groups and memberships: org-admins and the service's ADMINs.
     * Its OPERATORs know it exists and get 403; everyone else 404.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Workspace administrableService(Caller caller, String code) {
        Workspace workspace = readableService(caller, code);
        if (!caller.isOrgAdmin() && people.membership(code, caller.username())
                .map(m -> m.role() != Membership.Role.ADMIN).orElse(true)) {
            throw new ProblemException.Forbidden("Only admins of " + code + " manage its settings, groups and members.");
        }
        return workspace;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean canSee(Caller caller, String workspaceCode) {
        return people.membership(workspaceCode, caller.username()).isPresent()
                || grants.allows(caller, workspaceCode);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> serviceCodesOf(Caller caller) {
        return people.membershipsOf(caller.username()).stream().map(Membership::workspaceCode).toList();
    }

    private static ProblemException.NotFound unknownService(String code) {
        return new ProblemException.NotFound("There is no service " + code + ".");
    }
}
