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
    /**
     * Reserving, moving, finishing and cancelling the callback reservation (약속콜) of a ticket that is still open;
     * closing the ticket ends it (see {@link Ticket#reserveCallback}).
     */
    CALLBACK("callback", EnumSet.complementOf(EnumSet.of(COMPLETED, INTERNALLY_RESOLVED))),
    /**
     * Escalating an inquiry to an issue-management service (이슈관리 이관); requested through escalation-service's
     * {@code POST /api/v1/escalations}, carried out here when its event arrives.
     */
    ESCALATE("escalate", EnumSet.of(IN_PROGRESS, ON_HOLD, ESCALATION_ANSWERED)),
    /**
     * Escalating to a Dooray! task (Dooray 이관), again once the last task was closed; requested through
     * escalation-service's {@code POST /api/v1/dooray/escalations}, carried out here when Dooray made the task.
     */
    DOORAY_ESCALATE("dooray-escalate", EnumSet.of(IN_PROGRESS, ON_HOLD, DOORAY_ANSWERED)),
    /** System action: the ticket's Dooray task changed workflow (registered, working, closed). */
    DOORAY_TASK_CHANGE("dooray-task-change", EnumSet.of(DOORAY_ESCALATED, DOORAY_IN_PROGRESS, DOORAY_ANSWERED), true),
    /** System action: the issue ticket answered; its answer is posted on the escalated ticket. */
    ESCALATION_ANSWER("escalation-answer", EnumSet.complementOf(EnumSet.of(COMPLETED)), true),
    /** Priority, language, types, tags and field values. */
    ATTRIBUTES("attributes", EnumSet.allOf(TicketStatus.class)),
    SUB_TICKET("sub-tickets", EnumSet.complementOf(EnumSet.of(COMPLETED, INTERNALLY_RESOLVED))),
    /** Marking as a duplicate of another ticket, and taking that back. */
    LINK("links", EnumSet.allOf(TicketStatus.class)),
    /** Masking personal info in a message (개인정보 마스킹), in any status; the service must enable it. */
    MASK("masks", EnumSet.allOf(TicketStatus.class)),
    /** Restoring what a mask hid. */
    UNMASK("unmask", EnumSet.allOf(TicketStatus.class)),
    /** A customer writes again; what it does depends on the status (see {@link Ticket#reinquire}). */
    RE_INQUIRY("re-inquiry", EnumSet.allOf(TicketStatus.class)),
    /**
     * System action: a trigger forwarded the ticket to an outside address and asked to close it
     * (PRODUCT.md §5); nobody replies, so it completes from any not yet answered status.
     */
    COMPLETE_AFTER_FORWARD("complete-after-forward", EnumSet.of(UNASSIGNED, IN_PROGRESS, ON_HOLD), true);

    private final String path;
    private final Set<TicketStatus> allowedIn;
    private final boolean system;

    TicketAction(String path, Set<TicketStatus> allowedIn) {
        this(path, allowedIn, false);
    }

    TicketAction(String path, Set<TicketStatus> allowedIn, boolean system) {
        this.path = path;
        this.allowedIn = allowedIn;
        this.system = system;
    }

    /** The sub-resource of {@code /api/v1/tickets/{id}} that performs it; for system actions just their name. */
    public String path() {
        return path;
    }

    /** Done by ticket-service itself (e.g. for a trigger), never through the API. */
    public boolean system() {
        return system;
    }

    /** How a refusal names it: "only an admin can … ticket CS-1". */
    public String verb() {
        return switch (this) {
            case SUB_TICKET -> "create sub-tickets of";
            case LINK -> "link";
            case ATTRIBUTES -> "change the attributes of";
            case CALLBACK -> "manage the callback reservation of";
            case ESCALATE -> "escalate";
            case DOORAY_ESCALATE -> "escalate to Dooray";
            case MASK -> "mask personal info in";
            case UNMASK -> "unmask personal info in";
            default -> path;
        };
    }

    public boolean allowedIn(TicketStatus status) {
        return allowedIn.contains(status);
    }

    /** What people may do in the status (system actions are not offered). */
    public static List<TicketAction> allowedActions(TicketStatus status) {
        return Arrays.stream(values()).filter(a -> !a.system && a.allowedIn(status)).toList();
    }
}
