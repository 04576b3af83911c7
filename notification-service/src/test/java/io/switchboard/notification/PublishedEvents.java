package io.switchboard.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What this service published through its outbox (the in-memory "outbox" channel), checked against the contracts. */
public final class PublishedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PublishedEvents() {
    }

    public static List<JsonNode> of(InMemoryConnector connector, String type, Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        for (var message : List.copyOf(connector.sink("outbox").received())) {
            String record = (String) message.getPayload();
            try {
                JsonNode event = JSON.readTree(record);
                if (event.path("type").asText().equals(type) && which.test(event)) {
                    EventContract.assertValid(record);
                    found.add(event);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }
}
