package io.switchboard.escalation.sla.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Duration;
import java.time.Instant;

/**
 * One metric's clock. It counts calendar and business time side by side, so a change of policy (or of its hours)
 * keeps what has elapsed; {@code since} is when it last (re)started counting, null while it stands (paused, met).
 * {@code target}, {@code dueAt} and {@code warnAt} are as the last recomputation set them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClockState(Metric metric, Duration calendarElapsed, Duration businessElapsed, Instant since,
                         boolean met, Instant metAt, boolean breached, boolean warned, Duration target,
                         Instant dueAt, Instant warnAt) {

    public enum State { RUNNING, PAUSED, MET, BREACHED }

    static ClockState started(Metric metric, Instant at) {
        return new ClockState(metric, Duration.ZERO, Duration.ZERO, at, false, null, false, false, null, null, null);
    }

    public State state() {
        if (met) {
            return State.MET;
        }
        if (breached) {
            return State.BREACHED;
        }
        return since == null ? State.PAUSED : State.RUNNING;
    }

    public Duration elapsed(Hours hours) {
        return hours == Hours.BUSINESS ? businessElapsed : calendarElapsed;
    }

    /** Whether time counts now (neither paused nor met). */
    public boolean counting() {
        return since != null;
    }

    ClockState countedUntil(Duration calendar, Duration business, Instant at) {
        return new ClockState(metric, calendarElapsed.plus(calendar), businessElapsed.plus(business), at, met, metAt,
                breached, warned, target, dueAt, warnAt);
    }

    /** Met at {@code at}; late (breached) when the elapsed time had reached the target. */
    ClockState metAt(Instant at, Hours hours) {
        boolean late = breached || hours != null && target != null && elapsed(hours).compareTo(target) >= 0;
        return new ClockState(metric, calendarElapsed, businessElapsed, null, true, at, late, warned, target, null,
                null);
    }

    /** Counts on from where it stood, keeping its elapsed time and a breach (a reopened ticket's resolution). */
    ClockState resumed() {
        return new ClockState(metric, calendarElapsed, businessElapsed, null, false, null, breached, warned, target,
                null, null);
    }

    ClockState scheduled(Instant newSince, Duration newTarget, Instant newDueAt, Instant newWarnAt) {
        return new ClockState(metric, calendarElapsed, businessElapsed, newSince, met, metAt, breached, warned,
                newTarget, newDueAt, newWarnAt);
    }

    ClockState warnedNow() {
        return new ClockState(metric, calendarElapsed, businessElapsed, since, met, metAt, breached, true, target,
                dueAt, warnAt);
    }

    ClockState breachedNow() {
        return new ClockState(metric, calendarElapsed, businessElapsed, since, met, metAt, true, warned, target,
                dueAt, warnAt);
    }
}
