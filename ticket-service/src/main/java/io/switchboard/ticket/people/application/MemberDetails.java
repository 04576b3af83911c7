package io.switchboard.ticket.people.application;

import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import java.util.List;

/** An operator's membership in a service, with their groups there. */
public record MemberDetails(Membership membership, Operator operator, List<OperatorGroup> groups) {
}
