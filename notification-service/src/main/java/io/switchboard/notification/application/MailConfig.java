package io.switchboard.notification.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.switchboard.notification.domain.Backoff;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "switchboard.mail")
public interface MailConfig {

    /** The {@code From} of mails that have no service sender (notices, trigger mails, services without settings). */
    @WithDefault("Switchboard <no-reply@switchboard.local>")
    String from();

    /** The right-hand side of our Message-IDs ({@code <delivery-id@domain>}); inbound mail naming it is ours. */
    @WithDefault("switchboard.local")
    String messageIdDomain();

    Smtp smtp();

    Retry retry();

    Sender sender();

    interface Smtp {
        @WithDefault("127.0.0.1")
        String host();

        @WithDefault("3025")
        int port();

        /** NONE (plain), STARTTLS (required) or TLS (implicit, e.g. port 465). */
        @WithDefault("NONE")
        Security security();

        Optional<String> username();

        Optional<String> password();

        /** Connect, read and write timeout of every SMTP exchange: a stalled server costs at most this much. */
        @WithDefault("10s")
        Duration timeout();

        /** A pooled connection idle longer than this is closed rather than reused (servers drop idle ones, GreenMail after 30 s). */
        @WithDefault("20s")
        Duration maxIdle();

        enum Security {
            NONE, STARTTLS, TLS
        }
    }

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

        @WithDefault("100")
        int batchSize();

        /** Deliveries performed at the same time, each over its own SMTP connection or HTTP request. */
        @WithDefault("8")
        int concurrency();

        /** How long a claimed delivery is left to its sender before another may try it. */
        @WithDefault("2m")
        Duration claimTimeout();
    }
}
