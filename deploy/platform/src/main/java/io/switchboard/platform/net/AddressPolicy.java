package io.switchboard.platform.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which addresses a service may connect to for a host that a user gave (callback and hook URLs, IMAP
 * servers): public unicast only, unless an allow-listed network contains the address. Without it anyone who
 * may edit such a setting could make a service call the internal network (SSRF): the database, other
 * services' admin endpoints, cloud metadata at 169.254.169.254.
 *
 * <p>Hosts are read in every spelling a resolver accepts: {@code localhost}, trailing dots, {@code [..]}
 * brackets, and the numeric IPv4 forms of {@code inet_aton} ({@code 2130706433}, {@code 0x7f.1},
 * {@code 0177.0.0.1}). {@link #resolve} looks a name up once and checks every address; callers connect to
 * one of those addresses, never to the name, so a second DNS answer cannot differ from the checked one.
 */
public final class AddressPolicy {

    /** IPv4 blocks that are not public unicast (IANA special-purpose registry), with what they are. */
    private static final Map<Network, String> IPV4 = Map.ofEntries(
            Map.entry(Network.parse("0.0.0.0/8"), "an unspecified (\"this network\") address"),
            Map.entry(Network.parse("10.0.0.0/8"), "a private address"),
            Map.entry(Network.parse("100.64.0.0/10"), "a carrier-grade NAT address"),
            Map.entry(Network.parse("127.0.0.0/8"), "a loopback address"),
            Map.entry(Network.parse("169.254.0.0/16"), "a link-local address"),
            Map.entry(Network.parse("172.16.0.0/12"), "a private address"),
            Map.entry(Network.parse("192.0.0.0/24"), "an IETF protocol address"),
            Map.entry(Network.parse("192.0.2.0/24"), "a documentation address"),
            Map.entry(Network.parse("192.88.99.0/24"), "a 6to4 relay address"),
            Map.entry(Network.parse("192.168.0.0/16"), "a private address"),
            Map.entry(Network.parse("198.18.0.0/15"), "a benchmarking address"),
            Map.entry(Network.parse("198.51.100.0/24"), "a documentation address"),
            Map.entry(Network.parse("203.0.113.0/24"), "a documentation address"),
            Map.entry(Network.parse("224.0.0.0/4"), "a multicast address"),
            Map.entry(Network.parse("240.0.0.0/4"), "a reserved or broadcast address"));

    /** Public IPv6 unicast is 2000::/3; these parts of it are special purpose. */
    private static final Network IPV6_GLOBAL = Network.parse("2000::/3");
    private static final Map<Network, String> IPV6 = Map.of(
            Network.parse("2001::/23"), "an IETF protocol address (Teredo, benchmarking, ORCHID)",
            Network.parse("2001:db8::/32"), "a documentation address",
            Network.parse("2002::/16"), "a 6to4 address",
            Network.parse("3fff::/20"), "a documentation address");
    /** Outside 2000::/3, in this order (the first containing block names the address). */
    private static final List<Map.Entry<Network, String>> IPV6_OUTSIDE_GLOBAL = List.of(
            Map.entry(Network.parse("::/128"), "an unspecified address"),
            Map.entry(Network.parse("::1/128"), "a loopback address"),
            Map.entry(Network.parse("::/96"), "an IPv4-compatible IPv6 address"),
            Map.entry(Network.parse("64:ff9b::/96"), "an IPv4-translated (NAT64) address"),
            Map.entry(Network.parse("fc00::/7"), "a unique-local address"),
            Map.entry(Network.parse("fe80::/10"), "a link-local address"),
            Map.entry(Network.parse("fec0::/10"), "a site-local address"),
            Map.entry(Network.parse("ff00::/8"), "a multicast address"));

    private final List<Network> allowed;
    private final String allowSetting;

    /**
     * @param allowed      networks that may be reached although they are not public
     * @param allowSetting the configuration key that lists them, named in refusals
     */
    public AddressPolicy(List<Network> allowed, String allowSetting) {
        this.allowed = List.copyOf(allowed);
        this.allowSetting = allowSetting;
    }

    /** A refused address, with the reason (safe to show to the admin who set the host). */
    public static final class Refused extends Exception {
        public Refused(String reason) {
            super(reason);
        }
    }

    /** Why the address may not be reached, or empty if it may. */
    public Optional<String> refusal(InetAddress address) {
        if (allowed.stream().anyMatch(n -> n.contains(address))) {
            return Optional.empty();
        }
        return kind(address).map(kind -> address.getHostAddress() + " is " + kind
                + "; refused so that settings cannot reach internal networks (an operator may allow it in "
                + allowSetting + ")");
    }

    /**
     * The host's addresses, looked up once, every one of them allowed; connect to one of these (not to the
     * name again).
     *
     * @throws UnknownHostException when the name does not resolve
     * @throws Refused              when any of its addresses is not allowed
     */
    public List<InetAddress> resolve(String host) throws UnknownHostException, Refused {
        List<InetAddress> addresses = addresses(host);
        for (InetAddress address : addresses) {
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                throw new Refused(refusal.get());
            }
        }
        return addresses;
    }

    /**
     * The check made when a setting is saved: why the host is refused, or empty. A name that does not
     * resolve (yet) is accepted here; the connection checks it again.
     */
    public Optional<String> refusalWhenSaved(String host) {
        try {
            resolve(host);
            return Optional.empty();
        } catch (Refused e) {
            return Optional.of(e.getMessage());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static List<InetAddress> addresses(String host) throws UnknownHostException, Refused {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty()) {
            throw new UnknownHostException("empty host");
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            // RFC 6761: always loopback, whatever a resolver says
            return List.of(InetAddress.getByAddress(name, new byte[] {127, 0, 0, 1}),
                    InetAddress.getByAddress(name, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
        }
        if (name.indexOf(':') >= 0) {
            InetAddress literal = InetAddress.getByName(name); // an IPv6 literal: parsed, not looked up
            if (literal instanceof Inet4Address) {
                // Java turns ::ffff:a.b.c.d into the IPv4 address; judge the spelling that was given
                throw new Refused(name + " is an IPv4-mapped IPv6 address; refused so that settings cannot reach "
                        + "internal networks (give the IPv4 address instead)");
            }
            return List.of(literal);
        }
        Optional<byte[]> numeric = numericIpv4(name);
        if (numeric.isPresent()) {
            return List.of(InetAddress.getByAddress(name, numeric.get()));
        }
        return List.of(InetAddress.getAllByName(name));
    }

    /** The {@code inet_aton} forms: 1 to 4 parts, each decimal, 0x-hex or 0-octal; the last fills the rest. */
    static Optional<byte[]> numericIpv4(String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long value = number(parts[i]);
            if (value == null) {
                return Optional.empty();
            }
            values[i] = value;
        }
        long address = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 0xff) {
                return Optional.empty();
            }
            address |= values[i] << (24 - 8 * i);
        }
        long last = values[parts.length - 1];
        int restBits = 8 * (5 - parts.length);
        if (last >= 1L << restBits) {
            return Optional.empty();
        }
        address |= last;
        return Optional.of(new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8),
                (byte) address});
    }

    private static Long number(String part) {
        try {
            if (part.startsWith("0x")) {
                return part.length() > 2 && part.length() <= 10 ? Long.parseLong(part.substring(2), 16) : null;
            }
            if (part.isEmpty() || part.length() > 12 || !part.chars().allMatch(Character::isDigit)) {
                return null;
            }
            return part.length() > 1 && part.startsWith("0") ? Long.parseLong(part.substring(1), 8)
                    : Long.parseLong(part);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<String> kind(InetAddress address) {
        if (address instanceof Inet6Address) {
            for (Map.Entry<Network, String> e : IPV6_OUTSIDE_GLOBAL) {
                if (e.getKey().contains(address)) {
                    return Optional.of(e.getValue());
                }
            }
            if (!IPV6_GLOBAL.contains(address)) {
                return Optional.of("not a public unicast address");
            }
            return IPV6.entrySet().stream().filter(e -> e.getKey().contains(address)).map(Map.Entry::getValue)
                    .findFirst();
        }
        return IPV4.entrySet().stream().filter(e -> e.getKey().contains(address)).map(Map.Entry::getValue)
                .findFirst();
    }
}
