package io.switchboard.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Rate limits of {@code /api/...}, prefix {@code switchboard.rate-limit} (defaults in application.properties).
 * A caller is an integration client or a user named by a verified access token, else the client's IP address.
 */
@ConfigMapping(prefix = "switchboard.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Issuer of the access tokens (the Keycloak realm URL); only tokens it signed name a bucket. */
    String issuer();

    /** Where the issuer's signing keys are; default {@code <issuer>/protocol/openid-connect/certs}. */
    Optional<String> jwksUrl();

    /** How often the signing keys are read again (also at once when a token names an unknown key). */
    @WithDefault("10m")
    Duration jwksRefresh();

    /** Each integration client (client-credentials token), unless {@link #clients()} names it. */
    Limit client();

    /** Each user, unless {@link #users()} names them. */
    Limit user();

    /** Each IP address, for requests without a valid token. */
    Limit anonymous();

    /** Per client id, e.g. {@code switchboard.rate-limit.clients.crm-sync.requests=1200}. */
    Map<String, Limit> clients();

    /** Per username, e.g. {@code switchboard.rate-limit.users.wallboard.requests=3000}. */
    Map<String, Limit> users();

    /** {@code requests} per {@code period}, refilled continuously; a full bucket allows a burst of all of them. */
    interface Limit {
        long requests();

        @WithDefault("1m")
        Duration period();
    }
}
