package io.switchboard.notification.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where ticket-service's public API is, for the files of replies. */
@ConfigMapping(prefix = "switchboard.ticket-service")
public interface TicketServiceConfig {

    @WithDefault("http://127.0.0.1:8081")
    String url();

    @WithDefault("10s")
    Duration timeout();
}
