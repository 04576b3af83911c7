package io.switchboard.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** A structured-mode JSON CloudEvent, the value of every Kafka record Switchboard publishes. */
public record CloudEvent(String specversion, UUID id, String source, String type, Instant time,
                         String subject, String datacontenttype, JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public CloudEvent {
        if (id == null || type == null || source == null || time == null || data == null) {
            throw new IllegalArgumentException("a CloudEvent needs id, source, type, time and data");
        }
    }
}
