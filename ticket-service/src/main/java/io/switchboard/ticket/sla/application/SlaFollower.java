package io.switchboard.ticket.sla.application;

import io.quarkus.logging.Log;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.sla.application.SlaPayloads.SlaBreached;
import io.switchboard.ticket.sla.application.SlaPayloads.SlaClocksChanged;
import io.switchboard.ticket.sla.application.SlaPayloads.SlaWarned;
import io.switchboard.ticket.ticket.application.TicketLifecycle;
import io.switchboard.ticket.ticket.domain.Priority;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketAction;
import io.switchboard.ticket.ticket.domain.TicketSla;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Follows the SLA clocks escalation-service keeps for each ticket (PRODUCT.md §6): their state is shown on the
 * ticket and in lists, a warning and a breach become history lines, and a breach does what its policy asks
 * (raise the priority one step, hand the ticket to a group's queue). Each runs in the consumer's transaction.
 */
@ApplicationScoped
public class SlaFollower {

    /** Who the history names for what the SLA did. */
    static final String ACTOR = "sla";

    private final TicketRepository tickets;
    private final PeopleRepository people;
    private final TicketLifecycle lifecycle;
    private final Clock clock;

    SlaFollower(TicketRepository tickets, PeopleRepository people, TicketLifecycle lifecycle, Clock clock) {
        this.tickets = tickets;
        this.people = people;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void clocksChanged(SlaClocksChanged changed) {
        Optional<Ticket> ticket = tickets.find(changed.ticketId());
        if (ticket.isEmpty()) {
            Log.debugf("SLA clocks of ticket %s, which is not known here; ignored", changed.ticketId());
            return;
        }
        TicketSla sla = tickets.lockSla(changed.ticketId()).orElseGet(() -> {
            TicketSla created = new TicketSla(changed.ticketId());
            tickets.add(created);
            return created;
        });
        sla.replace(changed.policy() == null ? null : changed.policy().id(),
                changed.policy() == null ? null : changed.policy().name(),
                changed.clocks() == null ? java.util.List.of() : changed.clocks().stream()
                        .map(c -> new TicketSla.Clock(c.metric(), c.state(), c.target(), c.dueAt(), c.warnAt(), c.breached()))
                        .toList(), changed.changedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void warned(SlaWarned warned) {
        tickets.find(warned.ticketId()).filter(t -> !t.isDeleted()).ifPresent(ticket -> tickets.add(ticket.slaNotice(
                false, warned.metric(), policyName(warned.policy()), warned.dueAt(), "", clock.instant())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void breached(SlaBreached breach) {
        Optional<Ticket> found = tickets.find(breach.ticketId()).filter(t -> !t.isDeleted());
        if (found.isEmpty()) {
            return;
        }
        Ticket ticket = found.get();
        Instant now = clock.instant();
        StringBuilder outcome = new StringBuilder();
        SlaPayloads.OnBreach asked = breach.onBreach();
        if (asked != null && asked.raisePriority()) {
            outcome.append(raisePriority(ticket, breach, now));
        }
        if (asked != null && asked.reassignGroupId() != null) {
            outcome.append(reassign(ticket, asked.reassignGroupId(), now));
        }
        tickets.add(ticket.slaNotice(true, breach.metric(), policyName(breach.policy()), breach.dueAt(),
                outcome.toString(), now));
    }

    private String raisePriority(Ticket ticket, SlaBreached breach, Instant now) {
        Priority current = ticket.priority();
        if (current == Priority.URGENT || !ticket.isOpen()) {
            return "; priority stays " + current;
        }
        Priority raised = Priority.values()[current.ordinal() + 1];
        lifecycle.changePriorityBySystem(ticket, raised, ACTOR, "by SLA policy '" + policyName(breach.policy()) + "'",
                now);
        return "; priority raised to " + raised;
    }

    private String reassign(Ticket ticket, java.util.UUID groupId, Instant now) {
        Optional<OperatorGroup> group = people.group(groupId).filter(g -> g.workspaceCode().equals(ticket.serviceCode()));
        if (group.isEmpty()) {
            return "; not reassigned: group " + groupId + " is no group of " + ticket.serviceCode();
        }
        if (!ticket.allows(TicketAction.FORWARD)) {
            return "; not reassigned to " + group.get().name() + ": the ticket is " + ticket.status();
        }
        lifecycle.recordSystemChange(ticket, ticket.forward(group.get().id(), group.get().name(), null, null, ACTOR,
                null, now));
        return "; handed to the queue of " + group.get().name();
    }

    private static String policyName(SlaPayloads.Policy policy) {
        return policy == null || policy.name() == null ? "SLA policy" : policy.name();
    }
}
