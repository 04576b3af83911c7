package io.switchboard.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Gateway settings, prefix {@code switchboard.gateway} (defaults in application.properties). */
@ConfigMapping(prefix = "switchboard.gateway")
public interface GatewayConfig {

    /**
     * Upstreams by name (the name appears in 503 details, e.g. "ticket-service is unavailable"):
     * {@code switchboard.gateway.routes.ticket-service.url=http://127.0.0.1:8081},
     * {@code switchboard.gateway.routes.ticket-service.paths=/api/v1/tickets,/api/v1/me}.
     */
    Map<String, Route> routes();

    /** Directory of the built SPA ({@code frontend/dist}); absolute, or relative to the working directory. */
    Optional<String> spaDir();

    /** Served as {@code /config.json} to the SPA. */
    Console console();

    /** Time to connect to an upstream before answering 502. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Longest silence from an upstream (no bytes) before answering 504. */
    @WithDefault("60s")
    Duration idleTimeout();

    /**
     * {@code Retry-After} of a 503: sent when an upstream cannot be reached (down, or still starting) and
     * added to an upstream's own 503 that has none.
     */
    @WithDefault("5s")
    Duration retryAfter();

    interface Route {
        /** Base URL of the upstream, e.g. {@code http://127.0.0.1:8081}; the original path and query are appended. */
        String url();

        /** Path prefixes routed to this upstream ({@code /api/v1/tickets} matches {@code /api/v1/tickets*}). */
        List<String> paths();
    }

    interface Console {
        @WithDefault("http://127.0.0.1:8180")
        String keycloakUrl();

        @WithDefault("switchboard")
        String realm();

        @WithDefault("switchboard-console")
        String clientId();
    }
}
