package io.switchboard.dooray.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Stand-in settings, prefix {@code dooray-standin}. */
@ConfigMapping(prefix = "dooray-standin")
public interface StandinConfig {

    /** A JSON seed file (format in the README); without one, the bundled local-stack seed ({@code seed.json}). */
    Optional<Path> seedFile();

    /**
     * API tokens in addition to the seed's, by a name of your choice — how the launcher hands over the token it
     * generated: {@code dooray-standin.tokens.local.value=${DOORAY_STANDIN_LOCAL_TOKEN}}.
     */
    Map<String, Token> tokens();

    Hooks hooks();

    interface Token {
        /** The token as sent in {@code Authorization: dooray-api {token}}. */
        String value();

        /** The organisation the token belongs to. */
        String organization();

        /** The organisation member the token acts as (author of tasks and comments created with it). */
        String member();
    }

    interface Hooks {
        /** Attempts per hook URL and event, the first included. */
        @WithDefault("4")
        int attempts();

        /** Wait before the second attempt; doubled before each further one. */
        @WithDefault("1s")
        Duration firstRetryDelay();

        /** Longest wait for a hook receiver's answer. */
        @WithDefault("5s")
        Duration timeout();
    }
}
