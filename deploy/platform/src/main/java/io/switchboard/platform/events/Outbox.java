package io.switchboard.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Appends events to the outbox inside the caller's transaction; the relay publishes them after commit. */
@ApplicationScoped
public class Outbox {

    /** Fired on append; observed after a successful commit to wake the relay. */
    public record Appended() {
    }

    private final ObjectMapper json;
    private final EventsConfig config;
    private final Event<Appended> appended;
    private final Clock clock;

    Outbox(ObjectMapper json, EventsConfig config, Event<Appended> appended, Clock clock) {
        this.json = json;
        this.config = config;
        this.appended = appended;
        this.clock = clock;
    }

    /**
     * @param aggregateType selects the topic ({@code switchboard.events.topics})
     * @param aggregateId   the record key and CloudEvents subject, e.g. a ticket id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent append(String aggregateType, String aggregateId, String type, Object data) {
        if (!config.topics().containsKey(aggregateType)) {
            throw new IllegalArgumentException("no topic configured for aggregate type " + aggregateType);
        }
        Instant now = clock.instant();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID(), config.source(), type,
                now, aggregateId, CloudEvent.JSON, json.valueToTree(data));
        OutboxEvent row = new OutboxEvent();
        row.id = event.id();
        row.aggregateType = aggregateType;
        row.aggregateId = aggregateId;
        row.type = type;
        row.createdAt = now;
        try {
            row.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + type + " cannot be serialised", e);
        }
        row.persist();
        appended.fire(new Appended());
        return event;
    }
}
