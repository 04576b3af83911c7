package io.switchboard.notification.domain;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses outgoing HTTP deliveries may reach. Callback and hook URLs come from trigger settings,
 * so without this guard anyone who may edit a trigger could make this service call into the internal
 * network (SSRF): loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
 * unique-local and multicast addresses are refused unless an allow-listed network contains them.
 */
public record TargetPolicy(List<Network> allowed) {

    private static final List<Network> INTERNAL = List.of(Network.parse("0.0.0.0/8"), Network.parse("100.64.0.0/10"),
            Network.parse("198.18.0.0/15"), Network.parse("fc00::/7"));

    public TargetPolicy {
        allowed = List.copyOf(allowed);
    }

    /** Why the address may not be called, or empty if it may. */
    public Optional<String> refusal(InetAddress address) {
        if (allowed.stream().anyMatch(n -> n.contains(address))) {
            return Optional.empty();
        }
        boolean internal = address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || INTERNAL.stream().anyMatch(n -> n.contains(address));
        return internal ? Optional.of(address.getHostAddress() + " is an internal address; refused so that triggers "
                + "cannot reach the internal network (allow it in switchboard.webhooks.allowed-networks)")
                : Optional.empty();
    }
}
