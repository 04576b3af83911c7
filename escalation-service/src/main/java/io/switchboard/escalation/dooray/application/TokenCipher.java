package io.switchboard.escalation.dooray.application;

import io.switchboard.escalation.dooray.domain.DoorayConnection;
import io.switchboard.escalation.dooray.domain.HookSecret;
import io.switchboard.escalation.dooray.domain.SealedSecrets;
import io.quarkus.runtime.Startup;
import io.switchboard.platform.secret.KeyRing;
import io.switchboard.platform.secret.SealingKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Seals a connection's token and hook secret under the current key of {@link DoorayConfig#tokenKeys()} and opens
 * them under whichever listed key sealed them. Each is bound to its service and purpose, so a ciphertext copied
 * to another row or column does not open. Made at start, so a malformed key stops the service at once.
 */
@Startup
@ApplicationScoped
public class TokenCipher {

    private final KeyRing keys;

    @Inject
    TokenCipher(DoorayConfig config) {
        this(config.tokenKeys());
    }

    /** From {@code id:base64} entries, the first current. */
    public TokenCipher(List<String> keyEntries) {
        keys = KeyRing.parse(keyEntries, DoorayConfig.TOKEN_KEYS_SETTING);
    }

    public SealedSecrets seal(String serviceCode, String token, HookSecret hookSecret) {
        SealingKey key = keys.current();
        return new SealedSecrets(keys.currentKeyId(), key.seal(tokenContext(serviceCode), token),
                key.seal(hookContext(serviceCode), hookSecret.value()));
    }

    public String openToken(DoorayConnection connection) {
        return key(connection).open(tokenContext(connection.serviceCode()), connection.sealedSecrets().token());
    }

    public HookSecret openHookSecret(DoorayConnection connection) {
        return new HookSecret(key(connection).open(hookContext(connection.serviceCode()),
                connection.sealedSecrets().hookSecret()));
    }

    private SealingKey key(DoorayConnection connection) {
        return keys.key(connection.sealedSecrets().keyId(), "the Dooray secrets of service " + connection.serviceCode());
    }

    private static String tokenContext(String serviceCode) {
        return "dooray-token:" + serviceCode;
    }

    private static String hookContext(String serviceCode) {
        return "dooray-hook-secret:" + serviceCode;
    }
}
