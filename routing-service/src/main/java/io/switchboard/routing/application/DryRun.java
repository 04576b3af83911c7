package io.switchboard.routing.application;

import io.switchboard.platform.calendar.ServiceCalendar;
import io.switchboard.platform.problem.Problem;
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
import io.switchboard.routing.persistence.StateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Runs one trigger (saved or draft) over recent tickets of the service without side effects: no
 * decision is stored, nothing is published, round-robin positions and loads only advance in memory.
 */
@ApplicationScoped
public class DryRun {

    public static final int MAX_TICKETS = 500;

    /** Which tickets: the newest {@code last} ones, created in [from, to) when given. */
    public record Request(UUID triggerId, TriggerDraft draft, Integer last, Instant from, Instant to) {
    }

    /** The trigger's verdict on each ticket (oldest first) and what its decision would have been. */
    public record Report(Trigger trigger, int evaluated, int matched, List<Verdict> tickets) {
    }

    public record Verdict(TicketFacts ticket, RoutingDecision decision) {
        public boolean matched() {
            return decision.explanation().triggers().get(0).matched();
        }
    }

    private final TriggerAdmin admin;
    private final StateRepository state;
    private final ServiceAccess access;
    private final Clock clock;
    private final RandomGenerator random = new java.security.SecureRandom();

    DryRun(TriggerAdmin admin, StateRepository state, ServiceAccess access, Clock clock) {
        this.admin = admin;
        this.state = state;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public Report run(Caller caller, String serviceCode, Request request) {
        access.requireAdmin(caller, serviceCode);
        if ((request.triggerId() == null) == (request.draft() == null)) {
            throw new ProblemException.Invalid("The request has invalid fields.", List.of(
                    new Problem.FieldError("triggerId", "give either triggerId or trigger (a draft), not both")));
        }
        int last = request.last() == null ? 50 : request.last();
        if (last < 1 || last > MAX_TICKETS) {
            throw new ProblemException.Invalid("last", "1 to " + MAX_TICKETS);
        }
        if (request.from() != null && request.to() != null && !request.from().isBefore(request.to())) {
            throw new ProblemException.Invalid("to", "must be after from");
        }
        Trigger trigger = request.triggerId() != null ? admin.find(serviceCode, request.triggerId())
                : Trigger.draft(serviceCode, admin.validate(serviceCode, request.draft()));
        List<TicketCopy> tickets = new ArrayList<>(state.recentTickets(serviceCode, request.from(), request.to(), last));
        java.util.Collections.reverse(tickets);

        ServiceCalendar calendar = state.service(serviceCode).map(ServiceProfile::calendar)
                .orElse(ServiceCalendar.UNKNOWN);
        Addresses addresses = new Addresses(state, serviceCode);
        Simulation simulation = new Simulation(serviceCode, trigger.results().assign());
        List<Verdict> verdicts = new ArrayList<>();
        for (TicketCopy ticket : tickets) {
            RoutingDecision.Context context = new RoutingDecision.Context(UUID.randomUUID(),
                    RoutingDecision.Evaluation.CREATED, calendar, addresses, clock.instant());
            RoutingDecision decision = RoutingDecision.decide(ticket.facts(), List.of(trigger), simulation::choose,
                    context);
            simulation.assigned(decision);
            verdicts.add(new Verdict(ticket.facts(), decision));
        }
        return new Report(trigger, verdicts.size(), (int) verdicts.stream().filter(Verdict::matched).count(), verdicts);
    }

    /** Round-robin position and loads as they would move over the run, starting from the real ones. */
    private final class Simulation {
        private final List<GroupMember> members;
        private final Map<String, Integer> loads;
        private String last;

        Simulation(String serviceCode, Results.Assign spec) {
            members = spec == null ? List.of() : state.membersInJoinOrder(spec.groupId());
            last = spec == null ? null : state.lastAssigned(spec.groupId());
            loads = spec == null || spec.mode() != AssignMode.LEAST_LOADED ? new HashMap<>()
                    : new HashMap<>(state.openTickets(serviceCode, members.stream().map(GroupMember::username).toList()));
        }

        Assignment.Choice choose(Trigger trigger) {
            return Assignment.choose(trigger.results().assign(), members, last, loads, random);
        }

        void assigned(RoutingDecision decision) {
            if (decision.outcome() == RoutingDecision.Outcome.ASSIGNED) {
                last = decision.assignee();
                loads.merge(decision.assignee(), 1, Integer::sum);
            }
        }
    }
}
