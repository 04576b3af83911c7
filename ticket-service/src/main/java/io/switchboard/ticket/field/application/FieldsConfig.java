package io.switchboard.ticket.field.application;

import io.smallrye.config.ConfigMapping;

/** Settings of customer and operator fields. */
@ConfigMapping(prefix = "switchboard.fields")
public interface FieldsConfig {

    /** Base64 of 32 random bytes: the AES-256-GCM key of encrypted field values. */
    String encryptionKey();
}
