package io.switchboard.ticket.escalation.messaging;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What ticket-service published about a ticket (the outbox sink), each event checked against its contract. */
final class PublishedEvents {

    private PublishedEvents() {
    }

    static List<JsonNode> of(InMemoryConnector connector, String ticket, String type) {
        return connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"subject\":\"" + ticket + "\"") && p.contains("\"type\":\"" + type + "\""))
                .map(EventContract::assertValid).toList();
    }

    /** The first such event whose JSON contains every one of {@code containing}, once it was published. */
    static JsonNode awaitOne(InMemoryConnector connector, String ticket, String type, String... containing) {
        return await().until(() -> of(connector, ticket, type).stream()
                .filter(e -> Arrays.stream(containing).allMatch(e.toString()::contains)).findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
