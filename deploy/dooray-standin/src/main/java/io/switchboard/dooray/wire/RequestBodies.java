package io.switchboard.dooray.wire;

import io.switchboard.dooray.domain.DoorayException;
import io.switchboard.dooray.domain.Failure;

/** JAX-RS hands a resource {@code null} for an empty body; every call that takes a body needs one. */
public final class RequestBodies {

    private RequestBodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new DoorayException(Failure.BAD_REQUEST, "a JSON request body is required");
        }
        return body;
    }
}
