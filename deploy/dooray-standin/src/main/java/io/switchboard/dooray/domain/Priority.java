package io.switchboard.dooray.domain;

import java.util.Arrays;
import java.util.Locale;

/** A task's priority; a post without one is {@code none}. */
public enum Priority {
    NONE, LOWEST, LOW, NORMAL, HIGH, HIGHEST;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Priority parse(String wireName) {
        if (wireName == null) {
            return NONE;
        }
        return Arrays.stream(values()).filter(p -> p.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new DoorayException(Failure.BAD_REQUEST,
                        "priority '" + wireName + "' is not one of none, lowest, low, normal, high, highest"));
    }
}
