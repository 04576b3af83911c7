package io.switchboard.ticket.ticket.domain;

/**
 * Who or what assigned a ticket, and why — shown in the ticket's events.
 *
 * @param kind   TRIGGER for routing decisions, OPERATOR for people
 * @param name   the trigger's or operator's name
 * @param reason how the assignee was chosen, e.g. "round-robin among 2"
 */
public record AssignedBy(Kind kind, String name, String reason) {

    public enum Kind { TRIGGER, OPERATOR }

    public String describe() {
        String who = kind == Kind.TRIGGER ? "trigger '" + name + "'" : name;
        return reason == null || reason.isBlank() ? "by " + who : "by " + who + " — " + reason;
    }
}
