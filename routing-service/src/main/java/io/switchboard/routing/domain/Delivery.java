package io.switchboard.routing.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A message a decision asks notification-service to send, recipients resolved and text rendered.
 * Its id is derived from the decision id and its index, so a re-delivered event never sends twice.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Delivery(UUID id, Kind kind, TriggerRef trigger, Mail mail, CallbackCall callback,
                       DoorayMessage doorayHook) {

    public enum Kind { MAIL, FORWARD, CALLBACK, DOORAY_HOOK }

    public record TriggerRef(UUID id, String name, int version) {
    }

    public record Mail(List<String> to, String subject, String body, boolean html) {
    }

    public record CallbackCall(String url, Map<String, Object> payload) {
    }

    public record DoorayMessage(String url, String botName, String text) {
    }

    public static UUID idFor(UUID decisionId, int index) {
        return UUID.nameUUIDFromBytes((decisionId + "/delivery/" + index).getBytes(StandardCharsets.UTF_8));
    }
}
