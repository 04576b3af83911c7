package io.switchboard.ticket.ticket.domain;

import static io.switchboard.ticket.ticket.domain.TicketStatus.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What people can do to a ticket, and in which statuses. Together with the transition table of
 * {@link TicketStatus} this is the whole lifecycle of PRODUCT.md §3.3.
 */
public enum TicketAction {
    KEEP("keep", EnumSet.of(UNASSIGNED)),
    ASSIGN("assign", EnumSet.of(UNASSIGNED, IN_PROGRESS, ON_HOLD)),
    FORWARD("forward", EnumSet.of(IN_PROGRESS, ON_HOLD)),
    COMMENT("comment", EnumSet.allOf(TicketStatus.class)),
    HOLD("hold", EnumSet.of(IN_PROGRESS, ON_HOLD, ESCALATION_ANSWERED, DOORAY_ANSWERED)),
    RESOLVE("resolve", EnumSet.of(IN_PROGRESS, ON_HOLD, ESCALATION_ANSWERED, DOORAY_ANSWERED)),
    INTERNAL_RESOLUTION("internal-resolution",
            EnumSet.of(UNASSIGNED, IN_PROGRESS, ON_HOLD, ESCALATION_ANSWERED, DOORAY_ANSWERED)),
    RESTORE("restore", EnumSet.of(INTERNALLY_RESOLVED)),
    DELETE("delete", EnumSet.of(INTERNALLY_RESOLVED)),
    COMPLETE("complete", EnumSet.of(RESOLVED)),
    /** A customer writes again; what it does depends on the status (see {@link Ticket#reinquire}). */
    RE_INQUIRY("re-inquiry", EnumSet.allOf(TicketStatus.class));

    private final String path;
    private final Set<TicketStatus> allowedIn;

    TicketAction(String path, Set<TicketStatus> allowedIn) {
        this.path = path;
        this.allowedIn = allowedIn;
    }

    /** The sub-resource of {@code /api/v1/tickets/{id}} that performs it. */
    public String path() {
        return path;
    }

    public boolean allowedIn(TicketStatus status) {
        return allowedIn.contains(status);
    }

    public static List<TicketAction> allowedActions(TicketStatus status) {
        return Arrays.stream(values()).filter(a -> a.allowedIn(status)).toList();
    }
}
