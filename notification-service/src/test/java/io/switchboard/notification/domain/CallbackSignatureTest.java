package io.switchboard.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CallbackSignatureTest {

    @Test
    void theSignatureIsTheHexHmacOfTimestampDotBody() {
        // the value `openssl dgst -sha256 -hmac secret` prints for 1700000000.{"ticket":"CS-1"}
        assertEquals("v1=7c3345259471688f799e56c33bf9c98825f9c81fb77374825f970324240107eb",
                CallbackSignature.sign("secret", 1_700_000_000L, "{\"ticket\":\"CS-1\"}"));
    }
}
