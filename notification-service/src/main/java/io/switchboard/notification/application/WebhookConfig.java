package io.switchboard.notification.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Outgoing HTTP deliveries: callback URLs and Dooray incoming hooks. Retries follow {@code switchboard.mail.retry};
 * which addresses they may reach, {@code switchboard.outbound} (platform kit).
 */
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

    /** Base64 of a 256-bit AES key that encrypts the callback signing secrets at rest. */
    String secretEncryptionKey();
}
