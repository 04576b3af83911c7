package io.switchboard.notification.application;

import io.switchboard.platform.secret.SealingKey;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Secrets at rest (callback secrets, IMAP passwords), sealed with AES-256-GCM under
 * {@code switchboard.webhooks.secret-encryption-key}; the context (the service code, the account) is bound to
 * each ciphertext, see {@link SealingKey}.
 */
@ApplicationScoped
public class SecretCipher {

    private final SealingKey key;

    SecretCipher(WebhookConfig config) {
        key = SealingKey.fromBase64(config.secretEncryptionKey(), "switchboard.webhooks.secret-encryption-key");
    }

    public String seal(String context, String secret) {
        return key.seal(context, secret);
    }

    public String open(String context, String ciphertext) {
        return key.open(context, ciphertext);
    }
}
