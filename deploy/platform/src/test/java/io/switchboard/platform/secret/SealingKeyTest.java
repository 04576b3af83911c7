package io.switchboard.platform.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealingKeyTest {

    private static final SealingKey KEY = SealingKey.fromBase64(key('a'), "test.key");

    @Test
    void aSealedSecretOpensInItsContext() {
        String sealed = KEY.seal("CS", "s3cret");

        assertNotEquals("s3cret", sealed);
        assertEquals("s3cret", KEY.open("CS", sealed));
    }

    @Test
    void eachSealingUsesAFreshNonce() {
        assertNotEquals(KEY.seal("CS", "s3cret"), KEY.seal("CS", "s3cret"));
    }

    @Test
    void aSecretDoesNotOpenInAnotherContextOrUnderAnotherKey() {
        String sealed = KEY.seal("CS", "s3cret");

        assertThrows(IllegalStateException.class, () -> KEY.open("DEV", sealed));
        assertThrows(IllegalStateException.class, () -> SealingKey.fromBase64(key('b'), "test.key").open("CS", sealed));
    }

    @Test
    void aKeyIsBase64Of32BytesAndARefusalNamesItsSetting() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SealingKey.fromBase64(Base64.getEncoder().encodeToString(new byte[16]), "test.key"));
        assertEquals("test.key must be base64 of 32 bytes", refused.getMessage());
        assertThrows(IllegalStateException.class, () -> SealingKey.fromBase64("not base64!", "test.key"));
    }

    private static String key(char fill) {
        return Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes());
    }
}
