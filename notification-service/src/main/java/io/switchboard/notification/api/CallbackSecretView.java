package io.switchboard.notification.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A service's callback signing secret. {@code secret} is only in the answer to a rotation, and never again.
 */
public record CallbackSecretView(UUID id, String serviceCode, @JsonInclude(JsonInclude.Include.NON_NULL) String secret,
                                 Instant createdAt) {
}
