package io.switchboard.dooray.domain;

import java.util.Arrays;
import java.util.Locale;

/** Dooray's four workflow classes; every workflow of a project belongs to one. */
public enum WorkflowClass {
    BACKLOG, REGISTERED, WORKING, CLOSED;

    /** The name on the wire: {@code backlog}, {@code registered}, {@code working}, {@code closed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WorkflowClass parse(String wireName) {
        return Arrays.stream(values()).filter(c -> c.wireName().equals(wireName)).findFirst()
                .orElseThrow(() -> new DoorayException(Failure.BAD_REQUEST,
                        "unknown workflow class '" + wireName + "' (backlog, registered, working, closed)"));
    }
}
