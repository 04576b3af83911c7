package io.switchboard.ticket.ticket.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "switchboard.tickets")
public interface TicketsConfig {

    /** How long deleted tickets of the spam box are kept before they are purged. */
    @WithDefault("30d")
    Duration deletedRetention();
}
