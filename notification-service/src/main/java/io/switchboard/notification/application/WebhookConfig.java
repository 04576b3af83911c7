package io.switchboard.notification.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.switchboard.notification.domain.Network;
import io.switchboard.notification.domain.TargetPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Outgoing HTTP deliveries: callback URLs and Dooray incoming hooks. Retries follow {@code switchboard.mail.retry}. */
@ConfigMapping(prefix = "switchboard.webhooks")
public interface WebhookConfig {

    @WithDefault("5s")
    Duration connectTimeout();

    /** The whole exchange; a slower receiver counts as a failed attempt and is retried. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** A receiver's Retry-After is honoured up to this long. */
    @WithDefault("1h")
    Duration maxRetryAfter();

    /**
     * Internal networks (CIDR, e.g. {@code 10.20.0.0/16}, {@code 127.0.0.1/32}) that deliveries may reach
     * anyway; empty: none. See {@link TargetPolicy} for why they are refused otherwise.
     */
    Optional<List<String>> allowedNetworks();

    /** Base64 of a 256-bit AES key that encrypts the callback signing secrets at rest. */
    String secretEncryptionKey();

    default TargetPolicy policy() {
        return new TargetPolicy(allowedNetworks().orElse(List.of()).stream().map(Network::parse).toList());
    }
}
