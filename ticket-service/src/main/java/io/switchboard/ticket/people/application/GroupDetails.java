package io.switchboard.ticket.people.application;

import io.switchboard.ticket.people.domain.GroupMember;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import java.util.List;

/** A group with its members, longest-standing first. */
public record GroupDetails(OperatorGroup group, List<Seat> members) {

    public record Seat(GroupMember seat, Operator operator) {
    }
}
