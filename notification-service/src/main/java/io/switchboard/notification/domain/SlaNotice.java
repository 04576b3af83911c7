package io.switchboard.notification.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** The mail telling an assignee that an SLA clock of their ticket is about to fall due, or fell due. */
public record SlaNotice(UUID ticketId, String number, String metric, String policyName, Instant dueAt,
                        boolean breached, OperatorContact assignee) {

    private String what() {
        return metric.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public String subject() {
        return breached ? "[" + number + "] SLA breached: " + what() + " was due at " + dueAt
                : "[" + number + "] SLA warning: " + what() + " is due at " + dueAt;
    }

    public String text() {
        return """
                Hello %s,

                %s
                Policy: %s
                """.formatted(assignee.displayName(), sentence(), policyName);
    }

    public String html() {
        return """
                <p>Hello %s,</p>
                <p>%s</p>
                <p>Policy: %s</p>
                """.formatted(HtmlText.escape(assignee.displayName()), HtmlText.escape(sentence()),
                HtmlText.escape(policyName));
    }

    private String sentence() {
        return breached ? "The " + what() + " of ticket " + number + " was due at " + dueAt + " and is late."
                : "The " + what() + " of ticket " + number + " is due at " + dueAt + ".";
    }
}
