package io.switchboard.notification.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How one attempt went, as its channel saw it: delivered, worth retrying (timeouts, 5xx, 408/429, a
 * dropped connection) or refused for good (other 4xx, a forbidden address).
 *
 * @param statusCode the HTTP status, null for mail and for requests that got no answer
 * @param retryAfter the other side's {@code Retry-After}, null if it sent none
 */
public record AttemptResult(Verdict verdict, Instant startedAt, Duration duration, Integer statusCode, String error,
                            Duration retryAfter) {

    public enum Verdict {
        DELIVERED, RETRYABLE, PERMANENT
    }

    public static AttemptResult delivered(Instant startedAt, Duration duration, Integer statusCode) {
        return new AttemptResult(Verdict.DELIVERED, startedAt, duration, statusCode, null, null);
    }

    public static AttemptResult retryable(Instant startedAt, Duration duration, Integer statusCode, String error,
                                          Duration retryAfter) {
        return new AttemptResult(Verdict.RETRYABLE, startedAt, duration, statusCode, error, retryAfter);
    }

    public static AttemptResult permanent(Instant startedAt, Duration duration, Integer statusCode, String error) {
        return new AttemptResult(Verdict.PERMANENT, startedAt, duration, statusCode, error, null);
    }
}
