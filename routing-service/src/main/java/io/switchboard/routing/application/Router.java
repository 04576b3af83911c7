package io.switchboard.routing.application;

import io.switchboard.platform.calendar.ServiceCalendar;
import io.switchboard.platform.events.Outbox;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.routing.domain.AssignMode;
import io.switchboard.routing.domain.Assignment;
import io.switchboard.routing.domain.GroupMember;
import io.switchboard.routing.domain.Results;
import io.switchboard.routing.domain.RoutingDecision;
import io.switchboard.routing.domain.ServiceProfile;
import io.switchboard.routing.domain.TicketCopy;
import io.switchboard.routing.domain.TicketFacts;
import io.switchboard.routing.domain.Trigger;
import io.switchboard.routing.events.AssignmentDecided;
import io.switchboard.routing.persistence.DecisionRepository;
import io.switchboard.routing.persistence.StateRepository;
import io.switchboard.routing.persistence.TriggerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Routes tickets: evaluates the service's triggers on creation (and the on-update ones on updates),
 * picks an operator under the group's lock, records the decision and publishes it through the outbox.
 */
@ApplicationScoped
public class Router {

    private final TriggerRepository triggers;
    private final StateRepository state;
    private final DecisionRepository decisions;
    private final ServiceAccess access;
    private final Outbox outbox;
    private final Clock clock;
    private final RandomGenerator random = new java.security.SecureRandom();

    Router(TriggerRepository triggers, StateRepository state, DecisionRepository decisions, ServiceAccess access,
           Outbox outbox, Clock clock) {
        this.triggers = triggers;
        this.state = state;
        this.decisions = decisions;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new ticket: kept in the copy and evaluated against every enabled trigger. Runs in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoutingDecision ticketCreated(TicketFacts ticket) {
        Instant now = clock.instant();
        TicketCopy copy = state.ticket(ticket.ticketId()).orElseGet(() -> {
            TicketCopy created = TicketCopy.of(ticket, now);
            state.add(created);
            return created;
        });
        return route(copy, RoutingDecision.Evaluation.CREATED, triggers.enabledTriggers(ticket.serviceCode(), false));
    }

    /**
     * A new ticket whose creating operator chose its group (and maybe its assignee): kept in the copy, so loads and
     * on-update triggers know it, but not routed and no decision recorded. Runs in the consumer's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ticketPlaced(TicketFacts ticket) {
        if (state.ticket(ticket.ticketId()).isEmpty()) {
            state.add(TicketCopy.of(ticket, clock.instant()));
        }
    }

    /**
     * Changed attributes: the copy always follows; the on-update triggers run unless a trigger made
     * the change (so trigger changes never loop). Empty when nothing was evaluated.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RoutingDecision> ticketUpdated(TicketFacts ticket, boolean changedByTrigger) {
        Instant now = clock.instant();
        TicketCopy copy = state.ticket(ticket.ticketId()).orElseGet(() -> {
            TicketCopy created = TicketCopy.of(ticket, now);
            state.add(created);
            return created;
        });
        copy.updateAttributes(ticket, now);
        if (changedByTrigger) {
            return Optional.empty();
        }
        List<Trigger> onUpdate = triggers.enabledTriggers(ticket.serviceCode(), true);
        if (onUpdate.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(route(copy, RoutingDecision.Evaluation.UPDATED, onUpdate));
    }

    private RoutingDecision route(TicketCopy copy, RoutingDecision.Evaluation evaluation, List<Trigger> candidates) {
        TicketFacts ticket = copy.facts();
        String code = ticket.serviceCode();
        ServiceCalendar calendar = state.service(code).map(ServiceProfile::calendar).orElse(ServiceCalendar.UNKNOWN);
        RoutingDecision.Context context = new RoutingDecision.Context(UUID.randomUUID(), evaluation, calendar,
                new Addresses(state, code), clock.instant());
        RoutingDecision decision = RoutingDecision.decide(ticket, candidates, t -> choose(code, t), context);
        if (decision.outcome() == RoutingDecision.Outcome.ASSIGNED) {
            if (mode(candidates, decision.triggerId()) == AssignMode.ROUND_ROBIN) {
                state.recordLastAssigned(decision.groupId(), decision.assignee(), decision.decidedAt());
            }
            // counted at once, so the next ticket of a burst sees this one in the loads
            copy.assign(decision.groupId(), decision.assignee(), decision.decidedAt());
        }
        decisions.add(decision);
        outbox.append(AssignmentDecided.AGGREGATE, ticket.ticketId().toString(), AssignmentDecided.TYPE,
                AssignmentDecided.of(decision));
        return decision;
    }

    /** Round-robin and least-loaded picks hold the group's lock until commit (also across instances). */
    private Assignment.Choice choose(String serviceCode, Trigger trigger) {
        Results.Assign spec = trigger.results().assign();
        boolean locked = spec.mode() == AssignMode.ROUND_ROBIN || spec.mode() == AssignMode.LEAST_LOADED;
        String last = locked ? state.lockGroup(spec.groupId()) : null;
        List<GroupMember> members = state.membersInJoinOrder(spec.groupId());
        Map<String, Integer> loads = spec.mode() == AssignMode.LEAST_LOADED
                ? state.openTickets(serviceCode, members.stream().map(GroupMember::username).toList()) : Map.of();
        return Assignment.choose(spec, members, last, loads, random);
    }

    private static AssignMode mode(List<Trigger> triggers, UUID triggerId) {
        return triggers.stream().filter(t -> t.id().equals(triggerId)).findFirst()
                .map(t -> t.results().assign().mode()).orElse(null);
    }

    /** Every evaluation of the ticket, oldest first; for members of its service. */
    @Transactional
    public List<RoutingDecision> decisions(Caller caller, UUID ticketId) {
        List<RoutingDecision> found = decisions.decisions(ticketId);
        if (found.isEmpty() || !access.mayReadTickets(caller, found.get(0).serviceCode())) {
            throw new ProblemException.NotFound("There are no routing decisions for ticket " + ticketId
                    + " that you may see.");
        }
        return found;
    }
}
