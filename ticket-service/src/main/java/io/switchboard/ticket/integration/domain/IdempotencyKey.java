package io.switchboard.ticket.integration.domain;

import io.switchboard.platform.problem.ProblemException;

/** A client-chosen {@code Idempotency-Key}: 1 to 255 characters, scoped to the caller who sent it. */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new ProblemException.Invalid(HEADER, "must be 1 to " + MAX_LENGTH + " characters");
        }
    }
}
