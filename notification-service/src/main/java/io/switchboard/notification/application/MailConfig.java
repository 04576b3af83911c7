package io.switchboard.notification.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.switchboard.notification.domain.Backoff;
import java.time.Duration;

@ConfigMapping(prefix = "switchboard.mail")
public interface MailConfig {

    /** The {@code From} of every mail. */
    @WithDefault("Switchboard <no-reply@switchboard.local>")
    String from();

    Retry retry();

    Sender sender();

    interface Retry {
        @WithDefault("5s")
        Duration initialBackoff();

        @WithDefault("10m")
        Duration maxBackoff();

        /** Attempts before a delivery is FAILED (the dead letter an admin can retry). */
        @WithDefault("8")
        int maxAttempts();

        default Backoff backoff() {
            return new Backoff(initialBackoff(), maxBackoff(), maxAttempts());
        }
    }

    interface Sender {
        /** Fallback poll; the sender is also woken by every commit that queued a mail. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("20")
        int batchSize();

        /** Deliveries of a batch performed at the same time (each HTTP attempt may take a request timeout). */
        @WithDefault("4")
        int concurrency();

        /** How long a claimed delivery is left to its sender before another may try it. */
        @WithDefault("2m")
        Duration claimTimeout();
    }
}
