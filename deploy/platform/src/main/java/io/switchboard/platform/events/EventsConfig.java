package io.switchboard.platform.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

@ConfigMapping(prefix = "switchboard.events")
public interface EventsConfig {

    /** CloudEvents {@code source} of the events this service publishes, e.g. {@code /switchboard/ticket-service}. */
    String source();

    /** Name under which this service records the events it has consumed. */
    String consumer();

    /** Topic per aggregate type, e.g. {@code ticket=switchboard.ticket-events}. */
    Map<String, String> topics();

    Relay relay();

    /**
     * Backoff of a consumed event whose transaction failed for a passing reason (a conflict, the database or a
     * service away): doubling from the initial wait up to the maximum, for as long as the reason lasts.
     */
    Retry retry();

    interface Retry {
        @WithDefault("100ms")
        Duration initialBackoff();

        @WithDefault("5s")
        Duration maxBackoff();
    }

    interface Relay {
        /** Fallback poll; the relay is also woken by every commit that appended events. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** How long a batch may wait for broker acknowledgements before it is retried. */
        @WithDefault("60s")
        Duration ackTimeout();
    }
}
