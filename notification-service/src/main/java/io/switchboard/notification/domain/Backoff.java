package io.switchboard.notification.domain;

import java.time.Duration;

/** Exponential backoff between attempts: {@code initial · 2^(attempts-1)}, capped; FAILED after {@code maxAttempts}. */
public record Backoff(Duration initial, Duration max, int maxAttempts) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max and at least one attempt");
        }
    }

    /** The wait before the next attempt, after {@code attempts} failed ones (≥ 1). */
    public Duration delayAfter(int attempts) {
        int doublings = Math.min(attempts - 1, 30);
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
