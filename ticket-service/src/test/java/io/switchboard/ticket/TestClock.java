package io.switchboard.ticket;

import io.switchboard.platform.testing.AdjustableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes every test of this module run on the adjustable clock, so tests move time past due instants. */
@ApplicationScoped
public class TestClock {

    private final AdjustableClock clock = new AdjustableClock();

    @Produces
    @Singleton
    AdjustableClock clock() {
        return clock;
    }
}
