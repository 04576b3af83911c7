package io.switchboard.ticket.ticket.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Ticket statuses of PRODUCT.md §3.3 and the one table of transitions between them.
 * Every status change goes through {@link #assertCanMoveTo}.
 */
public enum TicketStatus {
    UNASSIGNED, IN_PROGRESS, ON_HOLD, RESOLVED, COMPLETED, INTERNALLY_RESOLVED,
    ESCALATED, ESCALATION_ANSWERED, DOORAY_ESCALATED, DOORAY_IN_PROGRESS, DOORAY_ANSWERED;

    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = new EnumMap<>(TicketStatus.class);

    static {
        // → COMPLETED before a reply only when a trigger forwarded the ticket out and closed it
        allow(UNASSIGNED, IN_PROGRESS, INTERNALLY_RESOLVED, COMPLETED);
        // forwarding to a group (without an operator) puts the ticket back in that group's queue
        allow(IN_PROGRESS, UNASSIGNED, ON_HOLD, RESOLVED, INTERNALLY_RESOLVED, ESCALATED, DOORAY_ESCALATED, COMPLETED);
        allow(ON_HOLD, UNASSIGNED, IN_PROGRESS, RESOLVED, INTERNALLY_RESOLVED, ESCALATED, DOORAY_ESCALATED, COMPLETED);
        allow(RESOLVED, IN_PROGRESS, COMPLETED);
        allow(COMPLETED);
        // restoring from the spam box returns the ticket to the status it had before
        allow(INTERNALLY_RESOLVED, UNASSIGNED, IN_PROGRESS, ON_HOLD, ESCALATION_ANSWERED, DOORAY_ANSWERED);
        allow(ESCALATED, ESCALATION_ANSWERED);
        allow(ESCALATION_ANSWERED, IN_PROGRESS, ON_HOLD, RESOLVED, INTERNALLY_RESOLVED, ESCALATED);
        allow(DOORAY_ESCALATED, DOORAY_IN_PROGRESS, DOORAY_ANSWERED);
        allow(DOORAY_IN_PROGRESS, DOORAY_ANSWERED);
        allow(DOORAY_ANSWERED, IN_PROGRESS, ON_HOLD, RESOLVED, INTERNALLY_RESOLVED, DOORAY_ESCALATED);
    }

    private static void allow(TicketStatus from, TicketStatus... to) {
        NEXT.put(from, to.length == 0 ? Collections.unmodifiableSet(EnumSet.noneOf(TicketStatus.class))
                : Collections.unmodifiableSet(EnumSet.of(to[0], to)));
    }

    public Set<TicketStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(TicketStatus target) {
        return NEXT.get(this).contains(target);
    }

    public void assertCanMoveTo(TicketStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalTransitionException(this, target, next());
        }
    }
}
