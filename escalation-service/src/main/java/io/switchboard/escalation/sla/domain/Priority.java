package io.switchboard.escalation.sla.domain;

import java.util.Arrays;
import java.util.Optional;

/** Ticket priorities, as ticket-service's events name them; targets are set per priority. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT;

    /** The priority of that name; empty for anything else (also null). */
    public static Optional<Priority> named(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
