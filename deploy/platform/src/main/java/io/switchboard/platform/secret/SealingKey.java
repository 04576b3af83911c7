package io.switchboard.platform.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256-GCM key for secrets at rest: a sealed secret is base64 of a fresh 12-byte nonce and the sealed
 * text. A context (the service code, the account) is authenticated with it, so a ciphertext copied to another
 * row does not open.
 */
public final class SealingKey {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private SealingKey(byte[] raw) {
        this.key = new SecretKeySpec(raw, "AES");
    }

    /**
     * The key given as base64 of 32 bytes.
     *
     * @param setting the configuration key it came from, named when it is not such a key
     */
    public static SealingKey fromBase64(String base64, String setting) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != 32) {
            throw new IllegalStateException(setting + " must be base64 of 32 bytes");
        }
        return new SealingKey(raw);
    }

    public String seal(String context, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, context, nonce, secret.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
                .put(sealed).array());
    }

    public String open(String context, String ciphertext) {
        byte[] all = Base64.getDecoder().decode(ciphertext);
        byte[] nonce = Arrays.copyOf(all, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, context, nonce, sealed), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, String context, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot " + (mode == Cipher.ENCRYPT_MODE ? "seal" : "open")
                    + " the secret of " + context + " (was the encryption key changed?)", e);
        }
    }
}
