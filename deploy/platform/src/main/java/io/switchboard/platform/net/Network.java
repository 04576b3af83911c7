package io.switchboard.platform.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address block in CIDR notation ({@code 10.0.0.0/8}, {@code 127.0.0.1}, {@code fd00::/8}). */
public record Network(byte[] prefix, int bits) {

    public Network {
        if (bits < 0 || bits > prefix.length * 8) {
            throw new IllegalArgumentException("a /" + bits + " network does not fit its address");
        }
        prefix = prefix.clone();
    }

    /** Parses {@code address[/bits]}; literal addresses only, never a host name to look up. */
    public static Network parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (!address.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("'" + cidr + "' is not an address or a network");
        }
        try {
            byte[] prefix = InetAddress.getByName(address).getAddress();
            int bits = slash < 0 ? prefix.length * 8 : Integer.parseInt(text.substring(slash + 1));
            return new Network(prefix, bits);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + cidr + "' is not an address or a network", e);
        }
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != prefix.length) {
            return false;
        }
        int full = bits / 8;
        for (int i = 0; i < full; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xff << (8 - rest) & 0xff;
        return (bytes[full] & mask) == (prefix[full] & mask);
    }
}
