package io.switchboard.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The tests' clock: real time plus an offset that tests move forward (e.g. past an auto-complete). */
public class AdjustableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC");
    }

    /** Replaces the platform's default system clock in every test of this module. */
    @ApplicationScoped
    public static class Producer {

        private final AdjustableClock clock = new AdjustableClock();

        @Produces
        @Singleton
        AdjustableClock clock() {
            return clock;
        }
    }
}
