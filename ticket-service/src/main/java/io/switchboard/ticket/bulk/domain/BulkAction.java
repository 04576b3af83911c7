package io.switchboard.ticket.bulk.domain;

import java.util.Locale;

/** What a bulk job does to each of its tickets: one of the single-ticket actions. */
public enum BulkAction {
    COMMENT, HOLD, RESOLVE, ASSIGN, FORWARD;

    /** True for the actions whose body is a reply ({@code body}, {@code format}). */
    public boolean replies() {
        return this == COMMENT || this == HOLD || this == RESOLVE;
    }

    /** The name in requests and responses, as the single action's path: {@code comment}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
