package io.switchboard.ticket.view.domain;

import java.util.Arrays;
import java.util.Optional;

/** How a list is ordered: always newest (or highest) first, ties by creation time, then id. */
public enum SortOrder {
    CREATED("created"), UPDATED("updated"), PRIORITY("priority");

    private final String code;

    SortOrder(String code) {
        this.code = code;
    }

    public static Optional<SortOrder> of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }
}
