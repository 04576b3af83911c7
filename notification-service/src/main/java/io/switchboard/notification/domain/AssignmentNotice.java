package io.switchboard.notification.domain;

import java.util.UUID;

/** The mail telling an operator that a ticket is now theirs: who assigned it, to which group, and why. */
public record AssignmentNotice(UUID ticketId, String number, String title, String groupName, String assigneeName,
                               String assigneeEmail, Assigner assignedBy) {

    /** Who assigned the ticket: a trigger (with its explanation) or an operator. */
    public record Assigner(boolean trigger, String name, String reason) {

        String describe() {
            String who = trigger ? "by trigger '" + name + "'" : "by " + name;
            return reason == null || reason.isBlank() ? who : who + " — " + reason;
        }
    }

    public boolean deliverable() {
        return assigneeEmail != null && !assigneeEmail.isBlank();
    }

    public String subject() {
        return "[" + number + "] Assigned to you: " + title;
    }

    public String text() {
        return """
                Hello %s,

                ticket %s "%s" was assigned to you in group %s %s.
                """.formatted(assigneeName, number, title, groupName, assignedBy.describe());
    }

    public String html() {
        return """
                <p>Hello %s,</p>
                <p>ticket <strong>%s</strong> &ldquo;%s&rdquo; was assigned to you in group <strong>%s</strong> %s.</p>
                """.formatted(HtmlText.escape(assigneeName), HtmlText.escape(number), HtmlText.escape(title),
                HtmlText.escape(groupName), HtmlText.escape(assignedBy.describe()));
    }
}
