package io.switchboard.ticket.field.application;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for encrypted field values: a fresh 12-byte nonce per value, stored in front of the
 * ciphertext; the service and field code are authenticated with it, so a value cannot be moved to
 * another field. Checked at startup, so a missing or short key stops the service instead of a request.
 */
@Startup
@Singleton
public class FieldCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    FieldCipher(FieldsConfig config) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(config.encryptionKey().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("switchboard.fields.encryption-key is not base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("switchboard.fields.encryption-key must be 32 bytes (base64 of 32 random "
                    + "bytes, e.g. openssl rand -base64 32); it has " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String encrypt(String serviceCode, String fieldCode, String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, serviceCode, fieldCode);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a field value", e);
        }
    }

    public String decrypt(String serviceCode, String fieldCode, String ciphertext) {
        byte[] all = Base64.getDecoder().decode(ciphertext);
        try {
            byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, serviceCode, fieldCode);
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt field " + fieldCode + " (wrong key?)", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String serviceCode, String fieldCode) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((serviceCode + "/" + fieldCode).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
