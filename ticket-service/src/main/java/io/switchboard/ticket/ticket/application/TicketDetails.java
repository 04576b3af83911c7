package io.switchboard.ticket.ticket.application;

import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.ticket.domain.Ticket;

/** A ticket with the group and assignee it refers to (either may be null). */
public record TicketDetails(Ticket ticket, OperatorGroup group, Operator assignee) {
}
