package io.switchboard.routing.application;

import io.switchboard.platform.events.Outbox;
import io.switchboard.routing.domain.AssignMode;
import io.switchboard.routing.domain.Assignment;
import io.switchboard.routing.domain.RoutingDecision;
import io.switchboard.routing.domain.TicketFacts;
import io.switchboard.routing.domain.Trigger;
import io.switchboard.routing.messaging.AssignmentDecided;
import io.switchboard.routing.persistence.RoutingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Routes a new ticket: evaluates triggers, picks an operator, records and publishes the decision. */
@ApplicationScoped
public class Router {

    private final RoutingRepository repository;
    private final Outbox outbox;
    private final Clock clock;
    private final RandomGenerator random = new java.security.SecureRandom();

    Router(RoutingRepository repository, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Runs in the consumer's transaction, together with its processed-event record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoutingDecision route(TicketFacts ticket) {
        List<Trigger> triggers = repository.enabledTriggers(ticket.serviceCode());
        RoutingDecision decision = RoutingDecision.decide(ticket, triggers, this::choose, clock.instant());
        if (decision.outcome() == RoutingDecision.Outcome.ASSIGNED && roundRobin(triggers, decision.triggerId())) {
            repository.recordLastAssigned(decision.groupId(), decision.assignee(), decision.decidedAt());
        }
        repository.add(decision);
        outbox.append(AssignmentDecided.AGGREGATE, ticket.ticketId().toString(), AssignmentDecided.TYPE,
                AssignmentDecided.of(decision));
        return decision;
    }

    @Transactional
    public List<RoutingDecision> decisions(UUID ticketId) {
        return repository.decisions(ticketId);
    }

    private Assignment.Choice choose(Trigger trigger) {
        String last = trigger.assignMode() == AssignMode.ROUND_ROBIN
                ? repository.lockLastAssigned(trigger.assignGroup()) : null;
        return Assignment.choose(trigger.assignMode(), repository.membersInJoinOrder(trigger.assignGroup()), last, random);
    }

    private static boolean roundRobin(List<Trigger> triggers, UUID triggerId) {
        return triggers.stream().anyMatch(t -> t.id().equals(triggerId) && t.assignMode() == AssignMode.ROUND_ROBIN);
    }
}
