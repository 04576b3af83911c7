package io.switchboard.escalation.sla.application;

import io.switchboard.escalation.application.Escalations;
import io.switchboard.escalation.application.ServiceAccess;
import io.switchboard.escalation.domain.ServiceCopy;
import io.switchboard.escalation.domain.TicketSnapshot;
import io.switchboard.escalation.persistence.ServiceCopyRepository;
import io.switchboard.escalation.persistence.SnapshotRepository;
import io.switchboard.escalation.sla.application.SlaEvents.ClockView;
import io.switchboard.escalation.sla.application.SlaEvents.PolicyRef;
import io.switchboard.escalation.sla.application.SlaEvents.TicketClocks;
import io.switchboard.escalation.sla.domain.ClockState;
import io.switchboard.escalation.sla.domain.Hours;
import io.switchboard.escalation.sla.domain.Priority;
import io.switchboard.escalation.sla.domain.SlaPolicy;
import io.switchboard.escalation.sla.domain.SlaTicket;
import io.switchboard.escalation.sla.domain.SlaTimer;
import io.switchboard.escalation.sla.domain.TicketFacts;
import io.switchboard.escalation.sla.persistence.SlaPolicyRepository;
import io.switchboard.escalation.sla.persistence.SlaTicketRepository;
import io.switchboard.platform.calendar.ServiceCalendar;
import io.switchboard.platform.calendar.ServiceCalendar.BusinessHours;
import io.switchboard.platform.events.Outbox;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps every ticket's SLA clocks (docs/sla.md): recomputes them when the ticket, its service's policies or business
 * hours change, fires their timers, and publishes SlaClocksChanged, SlaWarned and SlaBreached through the outbox in
 * the transaction of the change.
 */
@ApplicationScoped
public class SlaClocks {

    /** What a ticket event says besides the ticket's state: an operator's reply, the customer writing again. */
    public enum Message { NONE, REPLY, REINQUIRY }

    private final SlaTicketRepository tickets;
    private final SlaPolicyRepository policies;
    private final SnapshotRepository snapshots;
    private final ServiceCopyRepository services;
    private final ServiceAccess access;
    private final Outbox outbox;
    private final Clock clock;

    SlaClocks(SlaTicketRepository tickets, SlaPolicyRepository policies, SnapshotRepository snapshots,
              ServiceCopyRepository services, ServiceAccess access, Outbox outbox, Clock clock) {
        this.tickets = tickets;
        this.policies = policies;
        this.snapshots = snapshots;
        this.services = services;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A ticket event the snapshot took, at the event's time. Runs in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ticketChanged(UUID ticketId, Instant at, Message message) {
        TicketSnapshot snapshot = snapshots.find(ticketId).orElseThrow();
        ServiceCalendar calendar = calendar(snapshot.serviceCode());
        SlaTicket ticket = tickets.lock(ticketId).orElseGet(() -> {
            SlaTicket opened = SlaTicket.opened(ticketId, snapshot.serviceCode(),
                    snapshot.createdAt() == null ? at : snapshot.createdAt());
            tickets.add(opened);
            return opened;
        });
        Optional<SlaPolicy> applied = applied(ticket);
        Before before = new Before(view(ticket, snapshot, applied), ticket.timers());
        Hours hours = applied.map(SlaPolicy::hours).orElse(null);
        ticket.settle(at, calendar);
        switch (message) {
            case REPLY -> ticket.replied(at, hours);
            case REINQUIRY -> ticket.reinquired(at);
            case NONE -> { }
        }
        ticket.statusIs(snapshot.status(), at, hours);
        recompute(ticket, snapshot, policies.ofService(snapshot.serviceCode()), calendar, at, before, false);
    }

    /** After a change of the service's policies (the given ones edited, moved or deleted), in its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void policiesChanged(String serviceCode, Set<UUID> changed) {
        ServiceCalendar calendar = calendar(serviceCode);
        recomputeService(serviceCode, calendar, calendar, changed);
    }

    /** ServiceChanged's time zone and business hours; the clocks are recomputed when they changed. Consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void calendarChanged(String serviceCode, String timeZone, BusinessHours hours, Instant changedAt) {
        ServiceCopy service = services.lock(serviceCode).orElseThrow();
        ServiceCalendar before = service.calendar();
        if (service.replaceCalendar(timeZone, hours, changedAt)) {
            recomputeService(serviceCode, before, service.calendar(), Set.of());
        }
    }

    private void recomputeService(String serviceCode, ServiceCalendar until, ServiceCalendar from, Set<UUID> changed) {
        Instant now = clock.instant();
        List<SlaPolicy> ordered = policies.ofService(serviceCode);
        for (SlaTicket ticket : tickets.lockOfService(serviceCode)) {
            TicketSnapshot snapshot = snapshots.find(ticket.ticketId()).orElseThrow();
            boolean touched = ticket.policyId() != null && changed.contains(ticket.policyId());
            Before before = new Before(view(ticket, snapshot, applied(ticket)), ticket.timers());
            ticket.settle(now, until);
            recompute(ticket, snapshot, ordered, from, now, before, touched);
        }
    }

    private void recompute(SlaTicket ticket, TicketSnapshot snapshot, List<SlaPolicy> ordered,
                           ServiceCalendar calendar, Instant at, Before before, boolean republish) {
        TicketFacts facts = facts(snapshot);
        Optional<SlaPolicy> policy = ordered.stream().filter(p -> p.matches(facts)).findFirst();
        ticket.recompute(policy, facts, calendar, at);
        List<SlaTimer> timers = ticket.timers();
        if (!Set.copyOf(timers).equals(Set.copyOf(before.timers()))) {
            tickets.replaceTimers(ticket.ticketId(), timers);
        }
        TicketClocks after = view(ticket, snapshot, policy);
        if (republish || !after.equals(before.clocks())) {
            outbox.append(Escalations.AGGREGATE, ticket.ticketId().toString(), SlaEvents.CLOCKS_CHANGED,
                    SlaEvents.SlaClocksChanged.of(after, at));
        }
    }

    /**
     * What a ticket's clocks showed and which timers they had before a change: most ticket events (an assignment, a
     * tag) move no due time, and then neither the timer rows are rewritten nor SlaClocksChanged is published. The
     * rows always equal {@link SlaTicket#timers()} after a transaction (replaced here, taken when fired).
     */
    private record Before(TicketClocks clocks, List<SlaTimer> timers) {
    }

    /** Fires the due timers of tickets this claim holds; returns how many tickets it claimed. Scheduler's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fireDue(int limit) {
        Instant now = clock.instant();
        List<UUID> claimed = tickets.claimDue(now, limit);
        claimed.forEach(ticketId -> fire(ticketId, now));
        return claimed.size();
    }

    private void fire(UUID ticketId, Instant now) {
        SlaTicket ticket = tickets.find(ticketId).orElseThrow();
        List<SlaTimer> due = tickets.takeDue(ticketId, now);
        Optional<SlaPolicy> policy = applied(ticket);
        Optional<TicketSnapshot> snapshot = snapshots.find(ticketId);
        if (policy.isEmpty() || snapshot.isEmpty()) {
            return; // recomputation removes the timers of a ticket no policy applies to; these were left over
        }
        TicketSnapshot of = snapshot.get();
        PolicyRef ref = PolicyRef.of(policy.get());
        boolean breached = false;
        for (SlaTimer timer : due) {
            Optional<ClockState> fired = ticket.fire(timer);
            if (fired.isEmpty()) {
                continue;
            }
            ClockState clockState = fired.get();
            if (timer.kind() == SlaTimer.Kind.WARN) {
                outbox.append(Escalations.AGGREGATE, ticketId.toString(), SlaEvents.WARNED, new SlaEvents.SlaWarned(
                        ticketId, of.number(), of.serviceCode(), clockState.metric(), clockState.dueAt(), ref,
                        of.assignee(), now));
            } else {
                breached = true;
                outbox.append(Escalations.AGGREGATE, ticketId.toString(), SlaEvents.BREACHED,
                        new SlaEvents.SlaBreached(ticketId, of.number(), of.serviceCode(), clockState.metric(),
                                clockState.dueAt(), ref, of.assignee(), policy.get().onBreach(), now));
            }
        }
        if (breached) {
            outbox.append(Escalations.AGGREGATE, ticketId.toString(), SlaEvents.CLOCKS_CHANGED,
                    SlaEvents.SlaClocksChanged.of(view(ticket, of, policy), now));
        }
    }

    /** The ticket's clocks, for members of its service; 404 for everyone else. */
    @Transactional
    public TicketClocks get(UUID ticketId) {
        TicketSnapshot snapshot = snapshots.find(ticketId).filter(s -> access.mayReadTickets(s.serviceCode()))
                .orElseThrow(() -> new ProblemException.NotFound("No ticket " + ticketId + " is known here."));
        return tickets.find(ticketId).map(ticket -> view(ticket, snapshot, applied(ticket)))
                .orElseGet(() -> new TicketClocks(ticketId, snapshot.number(), snapshot.serviceCode(), null, List.of()));
    }

    private Optional<SlaPolicy> applied(SlaTicket ticket) {
        return Optional.ofNullable(ticket.policyId()).flatMap(policies::find);
    }

    private static TicketClocks view(SlaTicket ticket, TicketSnapshot snapshot, Optional<SlaPolicy> policy) {
        return new TicketClocks(ticket.ticketId(), snapshot.number(), snapshot.serviceCode(),
                policy.map(PolicyRef::of).orElse(null), ticket.measured().stream().map(ClockView::of).toList());
    }

    private ServiceCalendar calendar(String serviceCode) {
        return services.find(serviceCode).map(ServiceCopy::calendar).orElse(ServiceCalendar.UNKNOWN);
    }

    private static TicketFacts facts(TicketSnapshot snapshot) {
        return new TicketFacts(Priority.named(snapshot.priority()).orElse(Priority.NORMAL), snapshot.channel(), snapshot.inquiryTypePath(), snapshot.tags(),
                snapshot.status());
    }
}
