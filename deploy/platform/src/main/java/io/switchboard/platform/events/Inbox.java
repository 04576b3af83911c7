package io.switchboard.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;

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

    /** Empty for a record that is not a CloudEvent; such a record can never succeed, so callers skip it. */
    public Optional<CloudEvent> parse(String record) {
        try {
            return Optional.of(json.readValue(record, CloudEvent.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.id() + " has no valid " + event.type() + " data", e);
        }
    }

    /** True the first time this service sees the event; must run in the transaction that applies it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(CloudEvent event) {
        return entityManager.createNativeQuery(
                        "insert into processed_event (event_id, consumer) values (:id, :consumer) on conflict do nothing")
                .setParameter("id", event.id())
                .setParameter("consumer", config.consumer())
                .executeUpdate() == 1;
    }
}
