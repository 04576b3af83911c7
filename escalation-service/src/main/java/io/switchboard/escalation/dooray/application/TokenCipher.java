package io.switchboard.escalation.dooray.application;

import io.switchboard.escalation.dooray.domain.DoorayConnection;
import io.switchboard.escalation.dooray.domain.HookSecret;
import io.switchboard.escalation.dooray.domain.SealedSecrets;
import io.quarkus.runtime.Startup;
import io.switchboard.platform.secret.SealingKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seals a connection's token and hook secret under the current key of {@link DoorayConfig#tokenKeys()} and opens
 * them under whichever listed key sealed them. Each is bound to its service and purpose, so a ciphertext copied
 * to another row or column does not open. Made at start, so a malformed key stops the service at once.
 */
@Startup
@ApplicationScoped
public class TokenCipher {

    private final Map<String, SealingKey> keys;
    private final String currentKeyId;

    @Inject
    TokenCipher(DoorayConfig config) {
        this(config.tokenKeys());
    }

    /** From {@code id:base64} entries, the first current. */
    public TokenCipher(List<String> keyEntries) {
        Map<String, SealingKey> parsed = new LinkedHashMap<>();
        for (String entry : keyEntries) {
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).strip();
            if (!id.matches("[A-Za-z0-9._-]{1,32}")) {
                throw new IllegalStateException(DoorayConfig.TOKEN_KEYS_SETTING
                        + ": each entry is id:base64-key, the id 1 to 32 of A-Z a-z 0-9 . _ -");
            }
            if (parsed.put(id, SealingKey.fromBase64(entry.substring(colon + 1), DoorayConfig.TOKEN_KEYS_SETTING
                    + " (key " + id + ")")) != null) {
                throw new IllegalStateException(DoorayConfig.TOKEN_KEYS_SETTING + " names key " + id + " twice");
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalStateException(DoorayConfig.TOKEN_KEYS_SETTING + " lists no key");
        }
        keys = Map.copyOf(parsed);
        currentKeyId = parsed.keySet().iterator().next();
    }

    public SealedSecrets seal(String serviceCode, String token, HookSecret hookSecret) {
        SealingKey key = keys.get(currentKeyId);
        return new SealedSecrets(currentKeyId, key.seal(tokenContext(serviceCode), token),
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
        String id = connection.sealedSecrets().keyId();
        SealingKey key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("the Dooray secrets of service " + connection.serviceCode()
                    + " are sealed under key " + id + ", which " + DoorayConfig.TOKEN_KEYS_SETTING + " no longer lists");
        }
        return key;
    }

    private static String tokenContext(String serviceCode) {
        return "dooray-token:" + serviceCode;
    }

    private static String hookContext(String serviceCode) {
        return "dooray-hook-secret:" + serviceCode;
    }
}
