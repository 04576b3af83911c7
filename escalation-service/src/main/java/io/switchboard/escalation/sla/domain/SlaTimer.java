package io.switchboard.escalation.sla.domain;

import java.time.Instant;

/** A durable timer of a clock: its warning or its breach, due at an instant. */
public record SlaTimer(Metric metric, Kind kind, Instant dueAt) {

    public enum Kind { WARN, BREACH }
}
