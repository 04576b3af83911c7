package io.switchboard.ticket.bulk.application;

import io.smallrye.config.ConfigMapping;

/** The bulk worker's pace. */
@ConfigMapping(prefix = "switchboard.bulk")
public interface BulkConfig {

    /** How often the worker runs (read by its {@code @Scheduled}): a duration such as 1s, or off. */
    String pollInterval();

    /** How many items one run of the worker processes at most, each in its own transaction. */
    int itemsPerRun();
}
