package io.switchboard.routing.domain;

import java.util.UUID;

/** What routing knows of a ticket when it evaluates triggers. */
public record TicketFacts(UUID ticketId, String serviceCode, String channel, String title, String content,
                          String customerEmail) {

    /** The value a condition target reads; null when the ticket has none. */
    public String valueOf(Condition.Target target) {
        return switch (target) {
            case CHANNEL -> channel;
            case TITLE -> title;
            case CONTENT -> content;
            case CUSTOMER_EMAIL -> customerEmail;
            case CUSTOMER_EMAIL_DOMAIN -> customerEmail == null || customerEmail.indexOf('@') < 0 ? null
                    : customerEmail.substring(customerEmail.indexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
        };
    }
}
