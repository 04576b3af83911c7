package io.switchboard.ticket.ticket.domain;

/** How urgent a ticket is; NORMAL unless the creator or a trigger set another. */
public enum Priority {
    LOW, NORMAL, HIGH, URGENT
}
