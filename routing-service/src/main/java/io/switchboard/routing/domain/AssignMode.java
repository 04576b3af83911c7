package io.switchboard.routing.domain;

/** How an assigning trigger picks an operator among the eligible members of its group. */
public enum AssignMode {
    /** In the order operators joined the group, continuing after the last one assigned. */
    ROUND_ROBIN,
    RANDOM,
    /** The operator the trigger names. */
    OPERATOR,
    /** Fewest open (in progress or on hold) tickets, below an optional per-operator cap; ties in join order. */
    LEAST_LOADED
}
