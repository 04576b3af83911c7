package io.switchboard.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The consuming side: parses CloudEvents and records which ones this service has already
 * applied, in the same transaction as their effect, so a redelivery changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final EventsConfig config;

    Inbox(ObjectMapper json, EntityManager entityManager, EventsConfig config) {
        this.json = json;
        this.entityManager = entityManager;
        this.config = config;
    }

    /** Empty for a record that is not a CloudEvent. */
    private Optional<CloudEvent> parse(String record) {
        try {
            return Optional.of(json.readValue(record, CloudEvent.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Thrown when an event's data does not fit its type; such an event can never succeed. */
    public static class MalformedEventException extends IllegalArgumentException {
        MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The consumer's whole job around its effect: parses the record, keeps only the given types,
     * and runs the handler the first time this service sees the event, in the caller's transaction.
     * Records that can never succeed (not a CloudEvent, data of the wrong shape) are logged and skipped,
     * so one bad record never blocks the partition.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(String record, Set<String> types, Consumer<CloudEvent> handler) {
        Optional<CloudEvent> parsed = parse(record);
        if (parsed.isEmpty()) {
            Log.warnf("Skipping a record that is not a CloudEvent: %.200s", record);
            return;
        }
        CloudEvent event = parsed.get();
        if (!types.contains(event.type()) || !firstDelivery(event)) {
            return;
        }
        try {
            handler.accept(event);
        } catch (MalformedEventException e) {
            Log.warnf("Skipping event %s: %s", event.id(), e.getMessage());
        }
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("event " + event.id() + " has no valid " + event.type() + " data", e);
        }
    }

    /** True the first time this service sees the event; runs in the transaction that applies it. */
    private boolean firstDelivery(CloudEvent event) {
        return entityManager.createNativeQuery(
                        "insert into processed_event (event_id, consumer) values (:id, :consumer) on conflict do nothing")
                .setParameter("id", event.id())
                .setParameter("consumer", config.consumer())
                .executeUpdate() == 1;
    }
}
