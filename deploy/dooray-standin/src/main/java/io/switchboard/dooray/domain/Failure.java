package io.switchboard.dooray.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The failures the stand-in answers, each with its HTTP status and the {@code header.resultCode} of the envelope.
 * Success is result code 0; failures are negative like Dooray's, so a client must not expect a positive code.
 */
public enum Failure {
    BAD_REQUEST(400, -400),
    UNAUTHORIZED(401, -401),
    FORBIDDEN(403, -403),
    NOT_FOUND(404, -404),
    CONFLICT(409, -409),
    TOO_MANY_REQUESTS(429, -429),
    SERVER_ERROR(500, -500),
    UNAVAILABLE(503, -503);

    private final int status;
    private final int resultCode;

    Failure(int status, int resultCode) {
        this.status = status;
        this.resultCode = resultCode;
    }

    public int status() {
        return status;
    }

    public int resultCode() {
        return resultCode;
    }

    public static Optional<Failure> ofStatus(int status) {
        return Arrays.stream(values()).filter(f -> f.status == status).findFirst();
    }
}
