package io.switchboard.platform.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    private static final AddressPolicy STRICT = new AddressPolicy(List.of(), "x.allowed");

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.9.9.9", "::1", "0.0.0.0", "::", "10.1.2.3", "172.16.0.1",
            "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1", "100.127.255.254", "fd00::1", "fc00::1",
            "fe80::1", "fec0::1", "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.2.10",
            "198.51.100.7", "203.0.113.9", "198.18.0.1", "192.0.0.8", "2001:db8::1", "3fff::1", "2002:7f00:1::1",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2", "64:ff9b::7f00:1", "::127.0.0.1", "ff02::1", "100::1"})
    void nonPublicAddressesAreRefused(String address) throws Exception {
        assertTrue(STRICT.refusal(InetAddress.getByName(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "172.32.0.1", "100.128.0.1",
            "1.1.1.1", "2a00:1450:4001::1"})
    void publicAddressesPass(String address) throws Exception {
        assertFalse(STRICT.refusal(InetAddress.getByName(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST.", "api.localhost", "127.0.0.1.", "2130706433", "0x7f.1",
            "0x7f000001", "0177.0.0.1", "127.1", "017700000001", "[::1]", "[::ffff:127.0.0.1]", "::ffff:7f00:1",
            "[::ffff:169.254.169.254]", "0", "0x0a.0.0.1", "169.254.43518", "[fe80::1%1]"})
    void everySpellingOfAnInternalHostIsRefusedWithoutALookup(String host) {
        assertTrue(STRICT.refusalWhenSaved(host).isPresent(), host);
        assertThrows(AddressPolicy.Refused.class, () -> STRICT.resolve(host), host);
    }

    @Test
    void numericFormsAreReadAsInetAtonDoes() {
        assertEquals(List.of((byte) 127, (byte) 0, (byte) 0, (byte) 1), bytes("2130706433"));
        assertEquals(List.of((byte) 127, (byte) 0, (byte) 0, (byte) 1), bytes("0x7f.1"));
        assertEquals(List.of((byte) 10, (byte) 1, (byte) 0, (byte) 9), bytes("10.1.9"));
        assertEquals(List.of((byte) 8, (byte) 8, (byte) 8, (byte) 8), bytes("010.010.010.010"));
        assertFalse(AddressPolicy.numericIpv4("256.0.0.1").isPresent());
        assertFalse(AddressPolicy.numericIpv4("1.2.3.4.5").isPresent());
        assertFalse(AddressPolicy.numericIpv4("08.1.1.1").isPresent(), "8 is no octal digit");
        assertFalse(AddressPolicy.numericIpv4("hooks.example.com").isPresent());
    }

    @Test
    void aPublicLiteralResolvesToItselfAndTheRefusalNamesTheAddressAndTheSetting() throws Exception {
        assertEquals(List.of(InetAddress.getByName("8.8.4.4")), STRICT.resolve("8.8.4.4"));
        String reason = STRICT.refusalWhenSaved("169.254.169.254").orElseThrow();
        assertTrue(reason.startsWith("169.254.169.254 is a link-local address"), reason);
        assertTrue(reason.contains("x.allowed"), reason);
    }

    @Test
    void anAllowListedNetworkPassesAndNothingElse() throws Exception {
        AddressPolicy policy = new AddressPolicy(List.of(Network.parse("127.0.0.1/32"), Network.parse("10.20.0.0/16")),
                "x.allowed");
        assertFalse(policy.refusal(InetAddress.getByName("127.0.0.1")).isPresent());
        assertFalse(policy.refusal(InetAddress.getByName("10.20.255.1")).isPresent());
        assertTrue(policy.refusal(InetAddress.getByName("10.21.0.1")).isPresent());
        assertTrue(policy.refusal(InetAddress.getByName("127.0.0.2")).isPresent());
        assertEquals(1, policy.resolve("2130706433").size());
        assertTrue(policy.refusalWhenSaved("localhost").isPresent(), "localhost is ::1 too, which is not allowed");
        assertTrue(policy.refusalWhenSaved("[::ffff:127.0.0.1]").isPresent(), "mapped spellings are never allowed");
    }

    @Test
    void aNameThatDoesNotResolveIsLeftToTheConnection() {
        assertFalse(STRICT.refusalWhenSaved("no-such-host.invalid").isPresent());
        assertThrows(java.net.UnknownHostException.class, () -> STRICT.resolve("no-such-host.invalid"));
    }

    @Test
    void networksAreLiteralAddresses() {
        assertThrows(IllegalArgumentException.class, () -> Network.parse("intranet.example.com/24"));
        assertThrows(IllegalArgumentException.class, () -> Network.parse("10.0.0.0/33"));
    }

    private static List<Byte> bytes(String host) {
        byte[] b = AddressPolicy.numericIpv4(host).orElseThrow();
        return List.of(b[0], b[1], b[2], b[3]);
    }
}
