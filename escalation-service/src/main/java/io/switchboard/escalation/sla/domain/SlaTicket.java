package io.switchboard.escalation.sla.domain;

import io.switchboard.platform.calendar.ServiceCalendar;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A ticket's SLA clocks (PRODUCT.md §6). Every change follows the same steps: {@link #settle} counts the time up to
 * the change by the calendar that held until then, the change itself (a reply, a re-inquiry, a status), then
 * {@link #recompute} by the policy that applies now, which yields the new due instants and {@link #timers()}.
 */
@Entity
@Table(name = "sla_ticket")
public class SlaTicket {

    /** The statuses in which the ticket counts as resolved: its RESOLUTION clock is met. */
    public static final Set<String> RESOLVED = Set.of("RESOLVED", "COMPLETED", "INTERNALLY_RESOLVED");

    @Id
    @Column(name = "ticket_id")
    private UUID ticketId;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(name = "policy_id")
    private UUID policyId;

    @Column(name = "first_reply_at")
    private Instant firstReplyAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<ClockState> clocks = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SlaTicket() {
    }

    /** First response and resolution count from the ticket's creation. */
    public static SlaTicket opened(UUID ticketId, String serviceCode, Instant createdAt) {
        SlaTicket ticket = new SlaTicket();
        ticket.ticketId = ticketId;
        ticket.serviceCode = serviceCode;
        ticket.clocks = new ArrayList<>(List.of(ClockState.started(Metric.FIRST_RESPONSE, createdAt),
                ClockState.started(Metric.RESOLUTION, createdAt)));
        ticket.updatedAt = createdAt;
        return ticket;
    }

    /** Adds the time the counting clocks ran until {@code at}, by the calendar that held meanwhile. */
    public void settle(Instant at, ServiceCalendar calendar) {
        update(clock -> !clock.counting() || !at.isAfter(clock.since()) ? clock : clock.countedUntil(
                Duration.between(clock.since(), at), calendar.businessTimeBetween(clock.since(), at), at));
        if (at.isAfter(updatedAt)) {
            updatedAt = at;
        }
    }

    /** An operator replied: the first response, and a next response that was awaited, are met. */
    public void replied(Instant at, Hours hours) {
        if (firstReplyAt == null) {
            firstReplyAt = at;
        }
        update(clock -> clock.metric() != Metric.RESOLUTION && !clock.met() ? clock.metAt(at, hours) : clock);
    }

    /** The customer wrote again after a reply: a next response is awaited from now (unless one already is). */
    public void reinquired(Instant at) {
        if (firstReplyAt == null || clock(Metric.NEXT_RESPONSE).filter(c -> !c.met()).isPresent()) {
            return;
        }
        clocks.removeIf(c -> c.metric() == Metric.NEXT_RESPONSE);
        clocks.add(ClockState.started(Metric.NEXT_RESPONSE, at));
    }

    /** Resolving meets the resolution; reopening resumes it, keeping its elapsed time and a breach. */
    public void statusIs(String status, Instant at, Hours hours) {
        boolean resolved = RESOLVED.contains(status);
        update(clock -> {
            if (clock.metric() != Metric.RESOLUTION || clock.met() == resolved) {
                return clock;
            }
            return resolved ? clock.metAt(at, hours) : clock.resumed();
        });
    }

    /**
     * Sets what counts and when it is due by the policy that applies now (empty: none, nothing is measured). A clock
     * stands while the status is one the policy pauses in; a breached clock keeps its due instant.
     */
    public void recompute(Optional<SlaPolicy> policy, TicketFacts ticket, ServiceCalendar calendar, Instant at) {
        policyId = policy.map(SlaPolicy::id).orElse(null);
        boolean paused = policy.map(p -> p.pausesIn(ticket.status()))
                .orElse(PolicyRules.DEFAULT_PAUSE_IN.contains(ticket.status()));
        update(clock -> {
            if (clock.met()) {
                return clock;
            }
            Instant since = paused ? null : clock.since() == null ? at : clock.since();
            Duration target = policy.flatMap(p -> p.target(ticket.priority(), clock.metric())).orElse(null);
            if (since == null || target == null) {
                return clock.scheduled(since, target, clock.dueAt(), clock.warnAt()); // shown as null while standing
            }
            return schedule(clock, since, target, policy.get(), calendar);
        });
    }

    private static ClockState schedule(ClockState clock, Instant since, Duration target, SlaPolicy policy,
                                       ServiceCalendar calendar) {
        Duration left = target.minus(clock.elapsed(policy.hours()));
        if (left.isNegative() || left.isZero()) {
            // past its target: a breached clock was due when it breached, one that is not yet breaches now
            Instant dueAt = clock.breached() && clock.dueAt() != null ? clock.dueAt() : since;
            return clock.scheduled(since, target, dueAt, clock.warned() ? clock.warnAt() : null);
        }
        Instant dueAt = after(policy.hours(), calendar, since, left);
        Duration warnBefore = policy.warnBefore();
        Instant warnAt;
        if (clock.warned()) {
            warnAt = clock.warnAt();
        } else if (warnBefore == null || dueAt == null) {
            warnAt = null;
        } else {
            warnAt = left.compareTo(warnBefore) > 0 ? after(policy.hours(), calendar, since, left.minus(warnBefore))
                    : since; // less time left than the warning gives: warn at once
        }
        return clock.scheduled(since, target, dueAt, warnAt);
    }

    private static Instant after(Hours hours, ServiceCalendar calendar, Instant from, Duration amount) {
        return hours == Hours.BUSINESS ? calendar.plusBusinessTime(from, amount).orElse(null) : from.plus(amount);
    }

    /** The timers the current clocks need: a breach per running clock not yet breached, and its warning. */
    public List<SlaTimer> timers() {
        List<SlaTimer> timers = new ArrayList<>();
        for (ClockState clock : clocks) {
            if (clock.met() || clock.breached() || !clock.counting() || clock.dueAt() == null) {
                continue;
            }
            timers.add(new SlaTimer(clock.metric(), SlaTimer.Kind.BREACH, clock.dueAt()));
            if (!clock.warned() && clock.warnAt() != null) {
                timers.add(new SlaTimer(clock.metric(), SlaTimer.Kind.WARN, clock.warnAt()));
            }
        }
        return timers;
    }

    /** Fires a timer unless the clock has moved on (met, or already warned / breached); returns the clock if it did. */
    public Optional<ClockState> fire(SlaTimer timer) {
        Optional<ClockState> clock = clock(timer.metric())
                .filter(c -> !c.met() && !c.breached() && (timer.kind() == SlaTimer.Kind.BREACH || !c.warned()));
        clock.ifPresent(fired -> update(c -> c.metric() != timer.metric() ? c
                : timer.kind() == SlaTimer.Kind.BREACH ? c.breachedNow() : c.warnedNow()));
        return clock.flatMap(fired -> clock(timer.metric()));
    }

    /** The measured clocks (those the policy has a target for), in metric order; none without a policy. */
    public List<ClockState> measured() {
        return policyId == null ? List.of() : clocks.stream().filter(c -> c.target() != null)
                .sorted((a, b) -> a.metric().compareTo(b.metric())).toList();
    }

    public Optional<ClockState> clock(Metric metric) {
        return clocks.stream().filter(c -> c.metric() == metric).findFirst();
    }

    private void update(UnaryOperator<ClockState> step) {
        clocks = new ArrayList<>(clocks.stream().map(step).toList());
    }

    public UUID ticketId() {
        return ticketId;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public UUID policyId() {
        return policyId;
    }
}
