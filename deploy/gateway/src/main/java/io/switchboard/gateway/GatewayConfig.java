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

    /**
     * Time to get a connection to an upstream (a free one of the pool, or a new one) before answering 503 with
     * {@code Retry-After}.
     */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Connections to each upstream at most: the requests a service is given at once. */
    @WithDefault("50")
    int maxConnections();

    /**
     * Requests that may wait for a connection to one upstream; beyond them a request is answered 503 with
     * {@code Retry-After} at once instead of queueing behind work the service cannot do in time.
     */
    @WithDefault("200")
    int maxWaiting();

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
