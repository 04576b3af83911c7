package io.switchboard.platform.net;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Connections to hosts that users set (callback and hook URLs, IMAP servers), prefix {@code switchboard.outbound}. */
@ConfigMapping(prefix = "switchboard.outbound")
public interface OutboundConfig {

    String ALLOW_SETTING = "switchboard.outbound.allowed-networks";

    /**
     * Non-public networks (literal CIDRs such as {@code 10.20.0.0/16} or {@code 127.0.0.1/32}) that may be
     * reached anyway; empty, the default: none. The local stack and the tests allow {@code 127.0.0.1/32}.
     */
    Optional<List<String>> allowedNetworks();

    default AddressPolicy policy() {
        return new AddressPolicy(allowedNetworks().orElse(List.of()).stream().map(Network::parse).toList(),
                ALLOW_SETTING);
    }
}
