package io.switchboard.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSecurityTest {

    private static final TargetPolicy STRICT = new TargetPolicy(List.of());

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.9.9.9", "::1", "0.0.0.0", "10.1.2.3", "172.16.0.1", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "fd00::1", "fe80::1", "224.0.0.1", "::ffff:10.0.0.1"})
    void internalAddressesAreRefused(String address) throws Exception {
        assertTrue(STRICT.refusal(InetAddress.getByName(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "172.32.0.1", "100.128.0.1"})
    void publicAddressesPass(String address) throws Exception {
        assertFalse(STRICT.refusal(InetAddress.getByName(address)).isPresent(), address);
    }

    @Test
    void anAllowListedNetworkPassesAndNothingElse() throws Exception {
        TargetPolicy policy = new TargetPolicy(List.of(Network.parse("127.0.0.1/32"), Network.parse("10.20.0.0/16")));
        assertFalse(policy.refusal(InetAddress.getByName("127.0.0.1")).isPresent());
        assertFalse(policy.refusal(InetAddress.getByName("10.20.255.1")).isPresent());
        assertTrue(policy.refusal(InetAddress.getByName("10.21.0.1")).isPresent());
        assertTrue(policy.refusal(InetAddress.getByName("127.0.0.2")).isPresent());
    }

    @Test
    void networksAreLiteralAddresses() {
        assertThrows(IllegalArgumentException.class, () -> Network.parse("intranet.example.com/24"));
        assertThrows(IllegalArgumentException.class, () -> Network.parse("10.0.0.0/33"));
    }

    @Test
    void theSignatureIsTheHexHmacOfTimestampDotBody() {
        // the value `openssl dgst -sha256 -hmac secret` prints for 1700000000.{"ticket":"CS-1"}
        assertEquals("v1=7c3345259471688f799e56c33bf9c98825f9c81fb77374825f970324240107eb",
                CallbackSignature.sign("secret", 1_700_000_000L, "{\"ticket\":\"CS-1\"}"));
    }
}
