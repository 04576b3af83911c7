package io.switchboard.ticket.integration.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "switchboard.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its first response are kept; retries within it get the first response. */
    @WithDefault("24h")
    Duration retention();
}
