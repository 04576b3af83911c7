package io.switchboard.escalation.dooray.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The random secret in a connection's webhook URL. Dooray does not sign its hooks, so whoever knows the URL can
 * post to it: 256 random bits make it unguessable, and it is shown to the service's admins only.
 */
public record HookSecret(String value) {

    /** Where Dooray is to post a project's hooks, relative to Switchboard's public address. */
    public static final String PATH_PREFIX = "/api/v1/dooray/hooks/";

    private static final SecureRandom RANDOM = new SecureRandom();

    public static HookSecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new HookSecret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String path() {
        return PATH_PREFIX + value;
    }

    /** SHA-256 in hex: how a receiver finds the connection of a secret without opening every stored one. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
