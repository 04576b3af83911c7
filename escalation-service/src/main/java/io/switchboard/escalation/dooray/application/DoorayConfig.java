package io.switchboard.escalation.dooray.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Dooray! settings of the installation, prefix {@code switchboard.dooray}; per-service ones are in the database. */
@ConfigMapping(prefix = "switchboard.dooray")
public interface DoorayConfig {

    String TOKEN_KEYS_SETTING = "switchboard.dooray.token-keys";

    /** Dooray's API address; the default is the local stack's stand-in (real Dooray: https://api.dooray.com). */
    @WithDefault("http://127.0.0.1:8186")
    URI baseUrl();

    /**
     * The keys that seal the services' Dooray tokens at rest, each {@code id:base64 of 32 bytes}. The first is the
     * current one, which every write uses; the others still open what was sealed under them. Rotate by putting a
     * new key first and keeping the old ones until every connection was saved again.
     */
    List<String> tokenKeys();

    @WithDefault("3s")
    Duration connectTimeout();

    /** Longest wait for one answer of Dooray. */
    @WithDefault("10s")
    Duration requestTimeout();

    Retry retry();

    Reconcile reconcile();

    /** {@link DoorayReconciliation}: reading tasks a webhook may have missed, finding tasks of cut-short requests. */
    interface Reconcile {

        /** How often it runs, and how long an OPEN task goes unread (a hook counts as nothing: hooks can be missed). */
        @WithDefault("30s")
        Duration interval();

        /** How old a PENDING escalation is before its task is looked for: longer than a request to Dooray takes. */
        @WithDefault("2m")
        Duration pendingGrace();

        /** Before the first run after start. */
        @WithDefault("10s")
        Duration delay();
    }

    /** Calls refused with 429 or 5xx, or that failed to connect, are tried again while the caller waits. */
    interface Retry {

        /** Attempts per call, the first included. */
        @WithDefault("3")
        int attempts();

        /** Wait before the second attempt, doubled before each further one (unless Dooray says Retry-After). */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("4s")
        Duration maxBackoff();

        /**
         * The longest Retry-After waited for; Dooray asking for longer ends the call at once as unavailable,
         * passing its Retry-After on to the caller.
         */
        @WithDefault("5s")
        Duration maxRetryAfter();
    }
}
