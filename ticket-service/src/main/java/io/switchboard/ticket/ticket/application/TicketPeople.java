package io.switchboard.ticket.ticket.application;

import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The groups and assignees of a page of tickets, read with one query each instead of one per ticket. */
@ApplicationScoped
public class TicketPeople {

    private final PeopleRepository people;

    TicketPeople(PeopleRepository people) {
        this.people = people;
    }

    /** Each ticket with its group and assignee (null where it has none), in the given order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TicketDetails> of(List<Ticket> tickets) {
        Set<UUID> groupIds = tickets.stream().map(Ticket::groupId).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> usernames = tickets.stream().map(Ticket::assignee).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<UUID, OperatorGroup> groups = people.groups(groupIds);
        Map<String, Operator> operators = people.operators(usernames);
        return tickets.stream().map(t -> new TicketDetails(t, t.groupId() == null ? null : groups.get(t.groupId()),
                t.assignee() == null ? null : operators.get(t.assignee()))).toList();
    }
}
