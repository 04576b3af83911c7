package io.switchboard.escalation.sla.domain;

import java.util.UUID;

/** What ticket-service does when a clock breaches: raise the priority one step, forward to a group. */
public record OnBreach(boolean raisePriority, UUID reassignGroupId) {
    public static final OnBreach NOTHING = new OnBreach(false, null);
}
