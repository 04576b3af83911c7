package io.switchboard.routing.domain;

/** How an assigning trigger picks an operator among the eligible members of its group. */
public enum AssignMode {
    /** In the order operators joined the group, continuing after the last one assigned. */
    ROUND_ROBIN,
    RANDOM
}
