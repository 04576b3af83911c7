package io.switchboard.ticket.view.domain;

import static io.switchboard.ticket.ticket.domain.TicketStatus.COMPLETED;
import static io.switchboard.ticket.ticket.domain.TicketStatus.DOORAY_ANSWERED;
import static io.switchboard.ticket.ticket.domain.TicketStatus.DOORAY_ESCALATED;
import static io.switchboard.ticket.ticket.domain.TicketStatus.DOORAY_IN_PROGRESS;
import static io.switchboard.ticket.ticket.domain.TicketStatus.ESCALATED;
import static io.switchboard.ticket.ticket.domain.TicketStatus.ESCALATION_ANSWERED;
import static io.switchboard.ticket.ticket.domain.TicketStatus.INTERNALLY_RESOLVED;
import static io.switchboard.ticket.ticket.domain.TicketStatus.IN_PROGRESS;
import static io.switchboard.ticket.ticket.domain.TicketStatus.ON_HOLD;
import static io.switchboard.ticket.ticket.domain.TicketStatus.RESOLVED;
import static io.switchboard.ticket.ticket.domain.TicketStatus.UNASSIGNED;

import io.switchboard.ticket.ticket.domain.TicketStatus;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The operator's views (PRODUCT.md §3.4): which tickets of a service each holds. The list query and the counts
 * both follow this one definition. Every view but the spam box leaves spam out.
 */
public enum View {
    MY_IN_PROGRESS("my-in-progress", Scope.MINE, EnumSet.of(IN_PROGRESS)),
    MY_ON_HOLD("my-on-hold", Scope.MINE, EnumSet.of(ON_HOLD)),
    MY_RESOLVED("my-resolved", Scope.MINE, EnumSet.of(RESOLVED)),
    MY_COMPLETED("my-completed", Scope.MINE, EnumSet.of(COMPLETED, INTERNALLY_RESOLVED)),
    ALL("all", Scope.ANYONE, EnumSet.allOf(TicketStatus.class)),
    UNASSIGNED_TICKETS("unassigned", Scope.ANYONE, EnumSet.of(UNASSIGNED)),
    MY_GROUPS("my-groups", Scope.MY_GROUPS, EnumSet.allOf(TicketStatus.class)),
    ESCALATED_TICKETS("escalated", Scope.ANYONE,
            EnumSet.of(ESCALATED, ESCALATION_ANSWERED, DOORAY_ESCALATED, DOORAY_IN_PROGRESS, DOORAY_ANSWERED)),
    SPAM("spam", Scope.ANYONE, EnumSet.of(INTERNALLY_RESOLVED));

    /** Whose tickets a view holds. */
    public enum Scope { MINE, MY_GROUPS, ANYONE }

    /** The old name of my-in-progress, still accepted. */
    public static final String MINE_ALIAS = "mine";

    private final String code;
    private final Scope scope;
    private final Set<TicketStatus> statuses;

    View(String code, Scope scope, Set<TicketStatus> statuses) {
        this.code = code;
        this.scope = scope;
        this.statuses = Collections.unmodifiableSet(statuses);
    }

    public static Optional<View> of(String code) {
        if (MINE_ALIAS.equals(code)) {
            return Optional.of(MY_IN_PROGRESS);
        }
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    public Scope scope() {
        return scope;
    }

    /** The statuses a ticket of the view has; every status for all and my-groups. */
    public Set<TicketStatus> statuses() {
        return statuses;
    }

    public boolean spamBox() {
        return this == SPAM;
    }

    /** Whether a (live, visible) ticket with these properties is in the view of {@code me}. */
    public boolean holds(TicketStatus status, boolean spam, String assignee, UUID groupId, String me,
                         Set<UUID> myGroups) {
        if (spam != spamBox() || !statuses.contains(status)) {
            return false;
        }
        return switch (scope) {
            case MINE -> me.equals(assignee);
            case MY_GROUPS -> groupId != null && myGroups.contains(groupId);
            case ANYONE -> true;
        };
    }
}
