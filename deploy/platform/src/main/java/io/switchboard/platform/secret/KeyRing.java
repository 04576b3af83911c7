package io.switchboard.platform.secret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rotatable {@link SealingKey}s from a setting listing {@code id:base64} entries: the first seals, every listed one
 * opens what it sealed. Rotate by putting a new key first and keeping the old ones until nothing sealed under them
 * is left. Parsing fails on a malformed list, naming the setting, so a service with a bad key does not start.
 */
public final class KeyRing {

    /** A secret sealed under the key {@code keyId}. */
    public record Sealed(String keyId, String ciphertext) {
    }

    private final String setting;
    private final Map<String, SealingKey> keys;
    private final String currentKeyId;

    private KeyRing(String setting, Map<String, SealingKey> keys, String currentKeyId) {
        this.setting = setting;
        this.keys = keys;
        this.currentKeyId = currentKeyId;
    }

    /** From {@code id:base64} entries, the first current; {@code setting} names the list in errors. */
    public static KeyRing parse(List<String> entries, String setting) {
        Map<String, SealingKey> parsed = new LinkedHashMap<>();
        for (String entry : entries) {
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).strip();
            if (!id.matches("[A-Za-z0-9._-]{1,32}")) {
                throw new IllegalStateException(setting
                        + ": each entry is id:base64-key, the id 1 to 32 of A-Z a-z 0-9 . _ -");
            }
            if (parsed.put(id, SealingKey.fromBase64(entry.substring(colon + 1), setting + " (key " + id + ")")) != null) {
                throw new IllegalStateException(setting + " names key " + id + " twice");
            }
        }
        if (parsed.isEmpty()) {
            throw new IllegalStateException(setting + " lists no key");
        }
        return new KeyRing(setting, Map.copyOf(parsed), parsed.keySet().iterator().next());
    }

    /** The id of the key that seals. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** The ids of the listed keys that no longer seal, only open. */
    public List<String> olderKeyIds() {
        return keys.keySet().stream().filter(id -> !id.equals(currentKeyId)).sorted().toList();
    }

    /** The current key, for sealing several secrets under one key id. */
    public SealingKey current() {
        return keys.get(currentKeyId);
    }

    public Sealed seal(String context, String secret) {
        return new Sealed(currentKeyId, current().seal(context, secret));
    }

    public String open(String context, Sealed sealed) {
        return key(sealed.keyId(), context).open(context, sealed.ciphertext());
    }

    /** The listed key {@code keyId}; {@code what} names the sealed secret when the key is no longer listed. */
    public SealingKey key(String keyId, String what) {
        SealingKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException(what + " is sealed under key " + keyId + ", which " + setting
                    + " no longer lists");
        }
        return key;
    }
}
