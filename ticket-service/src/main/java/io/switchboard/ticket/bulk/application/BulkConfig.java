package io.switchboard.ticket.bulk.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The bulk worker's pace. */
@ConfigMapping(prefix = "switchboard.bulk")
public interface BulkConfig {

    /** How often the worker runs (read by its {@code @Scheduled}): a duration such as 1s, or off. */
    String pollInterval();

    /** How many items one run of the worker processes at most, each in its own transaction. */
    int itemsPerRun();

    /** How long an item waits for its ticket's row lock before it is put back for a later try. */
    @WithDefault("5s")
    Duration lockTimeout();

    /** Tries of an item whose failures pass (a lock, a conflict, the database away) before it fails for good. */
    @WithDefault("5")
    int maxAttempts();

    /** The wait before the second try; it doubles with each further one, up to five minutes. */
    @WithDefault("5s")
    Duration retryDelay();
}
