package io.switchboard.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Switches Kafka channels to the in-memory connector for service tests. Init args: comma-separated
 * {@code incoming} and {@code outgoing} channel names.
 */
public class InMemoryChannelsResource implements QuarkusTestResourceLifecycleManager {

    private String[] incoming = new String[0];
    private String[] outgoing = new String[0];

    @Override
    public void init(Map<String, String> args) {
        incoming = names(args.get("incoming"));
        outgoing = names(args.get("outgoing"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> properties = new HashMap<>();
        if (incoming.length > 0) {
            properties.putAll(InMemoryConnector.switchIncomingChannelsToInMemory(incoming));
        }
        if (outgoing.length > 0) {
            properties.putAll(InMemoryConnector.switchOutgoingChannelsToInMemory(outgoing));
        }
        return properties;
    }

    @Override
    public void stop() {
        InMemoryConnector.clear();
    }

    private static String[] names(String list) {
        return list == null || list.isBlank() ? new String[0]
                : Arrays.stream(list.split(",")).map(String::strip).toArray(String[]::new);
    }
}
