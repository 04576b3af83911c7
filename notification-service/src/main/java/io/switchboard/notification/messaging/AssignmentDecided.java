package io.switchboard.notification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** The part of routing-service's {@code AssignmentDecided} data that notifications read: its deliveries. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssignmentDecided(UUID ticketId, String serviceCode, List<Delivery> deliveries) {

    public static final String TYPE = "AssignmentDecided";
    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

    public AssignmentDecided {
        if (ticketId == null) {
            throw new IllegalArgumentException("AssignmentDecided needs a ticketId");
        }
        if (serviceCode != null && !SERVICE_CODE.matcher(serviceCode).matches()) {
            throw new IllegalArgumentException("'" + serviceCode + "' is not a service code");
        }
        deliveries = deliveries == null ? List.of() : deliveries;
        if (deliveries.stream().anyMatch(d -> d == null || d.id() == null || d.kind() == null)) {
            throw new IllegalArgumentException("every delivery needs an id and a kind");
        }
    }

    /** {@code kind} stays text, so a kind added later is skipped alone rather than the whole decision. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Delivery(UUID id, String kind, Trigger trigger, Mail mail, Callback callback, DoorayHook doorayHook) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Trigger(UUID id, String name, Integer version) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mail(List<String> to, String subject, String body, boolean html) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Callback(String url, JsonNode payload) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DoorayHook(String url, String botName, String text) {
    }
}
