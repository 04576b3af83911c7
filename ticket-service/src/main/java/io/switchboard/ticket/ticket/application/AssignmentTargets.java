package io.switchboard.ticket.ticket.application;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a ticket may be assigned or forwarded to: a group of its service, and an operator of that group who takes
 * tickets (assignment toggle on). Assign, forward, sub-tickets and operator-created tickets all ask here.
 */
@ApplicationScoped
public class AssignmentTargets {

    private final PeopleRepository people;

    AssignmentTargets(PeopleRepository people) {
        this.people = people;
    }

    /** The group, if it belongs to the service; else a 400 naming {@code groupId}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OperatorGroup group(String serviceCode, UUID groupId) {
        return people.group(groupId).filter(g -> g.workspaceCode().equals(serviceCode))
                .orElseThrow(() -> new ProblemException.Invalid("groupId", "is not a group of " + serviceCode));
    }

    /** The operator, if they are in the group and take tickets; else a 400 naming {@code field}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Operator operator(String serviceCode, OperatorGroup group, String username, String field) {
        Optional<Operator> operator = people.operator(username).filter(o -> people.isInGroup(o.username(), group.id()));
        if (operator.isEmpty()) {
            throw new ProblemException.Invalid(field, username + " is not in group " + group.name());
        }
        boolean takesTickets = people.membership(serviceCode, username)
                .map(Membership::assignmentEnabled).orElse(false);
        if (!takesTickets) {
            throw new ProblemException.Invalid(field, username + " has ticket assignment turned off");
        }
        return operator.get();
    }
}
