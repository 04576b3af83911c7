package io.switchboard.escalation.sla.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.platform.calendar.ServiceCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The clocks' rules without a database: what counts, when it is due, what fires once. */
class SlaTicketTest {

    static final Instant T0 = Instant.parse("2026-12-07T00:00:00Z");
    static final SlaPolicy POLICY = new SlaPolicy("CS", 0, new PolicyRules("Standard", true, List.of(),
            Map.of(Priority.NORMAL, new Targets(Duration.ofHours(4), Duration.ofHours(2), null)), Hours.CALENDAR,
            PolicyRules.DEFAULT_PAUSE_IN, Duration.ofMinutes(30), OnBreach.NOTHING), "alice", T0);

    static TicketFacts ticket(String status) {
        return new TicketFacts(Priority.NORMAL, "EMAIL", List.of(), List.of(), status);
    }

    SlaTicket opened() {
        SlaTicket ticket = SlaTicket.opened(java.util.UUID.randomUUID(), "CS", T0);
        ticket.recompute(Optional.of(POLICY), ticket("UNASSIGNED"), ServiceCalendar.UNKNOWN, T0);
        return ticket;
    }

    @Test
    void aRunningClockHasItsBreachAndWarningTimers() {
        SlaTicket ticket = opened();
        assertEquals(Set.of(new SlaTimer(Metric.FIRST_RESPONSE, SlaTimer.Kind.BREACH, T0.plus(Duration.ofHours(4))),
                new SlaTimer(Metric.FIRST_RESPONSE, SlaTimer.Kind.WARN, T0.plus(Duration.ofMinutes(210)))),
                Set.copyOf(ticket.timers()));
        assertEquals(List.of(Metric.FIRST_RESPONSE), ticket.measured().stream().map(ClockState::metric).toList(),
                "the resolution is not measured at NORMAL");
    }

    @Test
    void aBreachFiresOnceAndLeavesNoTimers() {
        SlaTicket ticket = opened();
        SlaTimer breach = new SlaTimer(Metric.FIRST_RESPONSE, SlaTimer.Kind.BREACH, T0.plus(Duration.ofHours(4)));
        assertTrue(ticket.fire(breach).isPresent());
        assertTrue(ticket.fire(breach).isEmpty());
        assertEquals(List.of(), ticket.timers());
        ticket.settle(T0.plus(Duration.ofHours(5)), ServiceCalendar.UNKNOWN);
        ticket.recompute(Optional.of(POLICY), ticket("IN_PROGRESS"), ServiceCalendar.UNKNOWN, T0.plus(Duration.ofHours(5)));
        assertEquals(List.of(), ticket.timers(), "recomputing a breached clock schedules no second breach");
        assertEquals(ClockState.State.BREACHED, ticket.clock(Metric.FIRST_RESPONSE).orElseThrow().state());
    }

    @Test
    void aBreachedClockKeepsItsDueInstantThroughAPause() {
        SlaTicket ticket = opened();
        Instant due = T0.plus(Duration.ofHours(4));
        ticket.fire(new SlaTimer(Metric.FIRST_RESPONSE, SlaTimer.Kind.BREACH, due));
        Instant held = T0.plus(Duration.ofHours(5));
        ticket.settle(held, ServiceCalendar.UNKNOWN);
        ticket.recompute(Optional.of(POLICY), ticket("ON_HOLD"), ServiceCalendar.UNKNOWN, held);
        assertTrue(ticket.clock(Metric.FIRST_RESPONSE).orElseThrow().since() == null);
        Instant resumed = T0.plus(Duration.ofHours(6));
        ticket.settle(resumed, ServiceCalendar.UNKNOWN);
        ticket.recompute(Optional.of(POLICY), ticket("IN_PROGRESS"), ServiceCalendar.UNKNOWN, resumed);
        assertEquals(due, ticket.clock(Metric.FIRST_RESPONSE).orElseThrow().dueAt());
        assertEquals(Duration.ofHours(5), ticket.clock(Metric.FIRST_RESPONSE).orElseThrow().calendarElapsed(),
                "the hour on hold did not count");
    }

    @Test
    void aReplyAfterTheTargetIsMetLate() {
        SlaTicket ticket = opened();
        Instant late = T0.plus(Duration.ofHours(5));
        ticket.settle(late, ServiceCalendar.UNKNOWN);
        ticket.replied(late, Hours.CALENDAR);
        ClockState firstResponse = ticket.clock(Metric.FIRST_RESPONSE).orElseThrow();
        assertEquals(ClockState.State.MET, firstResponse.state());
        assertTrue(firstResponse.breached());
    }

    @Test
    void aReinquiryBeforeAnyReplyStartsNoNextResponse() {
        SlaTicket ticket = opened();
        ticket.reinquired(T0.plus(Duration.ofMinutes(5)));
        assertTrue(ticket.clock(Metric.NEXT_RESPONSE).isEmpty());
        ticket.replied(T0.plus(Duration.ofMinutes(10)), Hours.CALENDAR);
        ticket.reinquired(T0.plus(Duration.ofMinutes(20)));
        assertEquals(T0.plus(Duration.ofMinutes(20)), ticket.clock(Metric.NEXT_RESPONSE).orElseThrow().since());
        ticket.reinquired(T0.plus(Duration.ofMinutes(30)));
        assertEquals(T0.plus(Duration.ofMinutes(20)), ticket.clock(Metric.NEXT_RESPONSE).orElseThrow().since(),
                "a second re-inquiry keeps the awaited reply's clock");
    }
}
