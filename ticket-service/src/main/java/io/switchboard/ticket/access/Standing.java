package io.switchboard.ticket.access;

import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketAction;
import io.switchboard.ticket.ticket.domain.TicketStatus;

/**
 * What a caller is in one service: their membership (null if none), whether they sit in one of its groups,
 * whether they are an integration client granted it, and whether the service takes inquiries (only those
 * escalate to issue-management services). {@link #refusal} holds the rules of PRODUCT.md §2–§3.3 for
 * what such a caller may do to a ticket of the service, whatever its status. The service's masking settings
 * decide who masks and unmasks (docs/masking.md).
 */
public record Standing(String username, Membership membership, boolean inAGroup, boolean grantedIntegration,
                       boolean inquiryService, boolean maskingEnabled, boolean operatorsMayUnmask) {

    public boolean isMember() {
        return membership != null;
    }

    public boolean isAdmin() {
        return membership != null && membership.role() == Membership.Role.ADMIN;
    }

    /**
     * Whether the caller may choose the group or assignee of a ticket while creating it: that hands the ticket on as
     * a forward does, so it needs the forward permission (admins always).
     */
    public boolean mayPlaceNewTickets() {
        return mayPlaceNewTickets(membership);
    }

    /** {@link #mayPlaceNewTickets()} for a membership (null: none). */
    public static boolean mayPlaceNewTickets(Membership membership) {
        return membership != null && (membership.role() == Membership.Role.ADMIN || membership.mayForward());
    }

    /** Why the caller may not do the action to the ticket (a 403's detail), or null when they may. */
    public String refusal(Ticket ticket, TicketAction action) {
        if (action.system()) {
            return "Only Switchboard itself can " + action.path() + " tickets.";
        }
        if (!isMember()) {
            return grantedIntegration && action == TicketAction.RE_INQUIRY ? null
                    : "Only operators of " + ticket.serviceCode() + " can " + action.path() + " its tickets.";
        }
        boolean assignee = username.equals(ticket.assignee());
        return switch (action) {
            case KEEP -> inAGroup ? null
                    : "You are in no group of " + ticket.serviceCode() + ", so you cannot keep tickets.";
            case ASSIGN, DELETE, COMPLETE -> isAdmin() ? null
                    : "Only an admin of " + ticket.serviceCode() + " can " + action.path() + " tickets.";
            case FORWARD -> isAdmin() || assignee && membership.mayForward() ? null
                    : "Only the assignee with the forward permission, or an admin, can forward ticket "
                            + ticket.displayNumber() + ".";
            case HOLD, RESOLVE, RESTORE, SUB_TICKET, CALLBACK -> isAdmin() || assignee ? null
                    : assigneeOrAdmin(ticket, action);
            // triage: any member may close an unassigned ticket, e.g. as spam
            case INTERNAL_RESOLUTION -> ticket.status() == TicketStatus.UNASSIGNED || isAdmin() || assignee ? null
                    : assigneeOrAdmin(ticket, action);
            case ESCALATE -> !inquiryService ? "Only tickets of inquiry services are escalated; "
                    + ticket.serviceCode() + " manages issues itself."
                    : isAdmin() || assignee ? null : assigneeOrAdmin(ticket, action);
            // inquiry and issue services alike hand work to Dooray
            case DOORAY_ESCALATE -> isAdmin() || assignee ? null : assigneeOrAdmin(ticket, action);
            case COMMENT, ATTRIBUTES, LINK, RE_INQUIRY -> null;
            // masking is processing: the assignee's or an admin's; unmasking an admin's unless operators may
            case MASK -> !maskingEnabled ? "Personal-info masking is off in " + ticket.serviceCode() + "."
                    : isAdmin() || assignee ? null : assigneeOrAdmin(ticket, action);
            case UNMASK -> isAdmin() || assignee && operatorsMayUnmask ? null
                    : operatorsMayUnmask ? assigneeOrAdmin(ticket, action)
                    : "Only an admin of " + ticket.serviceCode() + " can unmask personal info.";
            case COMPLETE_AFTER_FORWARD, ESCALATION_ANSWER, DOORAY_TASK_CHANGE ->
                    throw new IllegalStateException("system action");
        };
    }

    private static String assigneeOrAdmin(Ticket ticket, TicketAction action) {
        return "Only the assignee or an admin can " + action.verb() + " ticket " + ticket.displayNumber() + ".";
    }
}
