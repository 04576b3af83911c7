package io.switchboard.routing.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tickets and trigger parts for the domain tests. */
final class Tickets {

    static final ObjectMapper JSON = new ObjectMapper();
    static final UUID BILLING = UUID.fromString("d0000000-0000-4000-8000-000000000001");
    static final UUID REFUND = UUID.fromString("d0000000-0000-4000-8000-000000000002");
    static final UUID SUPPORT = UUID.fromString("a0000000-0000-4000-8000-000000000001");

    /** A refund e-mail created on Friday 2026-11-27 at 10:30 in Seoul (01:30 UTC). */
    static final TicketFacts REFUND_MAIL = new TicketFacts(UUID.randomUUID(), "CS-7", "CS", "Refund please",
            "I was charged twice", "EMAIL", "UNASSIGNED", "HIGH", "ko", List.of(BILLING, REFUND), null,
            List.of("vip", "billing"), Map.of("orderNo", JSON.valueToTree(1234), "plan", JSON.valueToTree("Gold"),
            "devices", JSON.valueToTree(List.of("ios", "web"))),
            new TicketFacts.Customer("kim@Example.com", "Kim", null), null, null,
            Instant.parse("2026-11-27T01:30:00Z"));

    private Tickets() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static Condition row(boolean required, String target, String operator, String valueJson) {
        return row(required, target, null, operator, valueJson);
    }

    static Condition row(boolean required, String target, String field, String operator, String valueJson) {
        Errors errors = new Errors();
        Condition condition = Condition.parse(errors, "c", required, target, field, operator,
                valueJson == null ? null : json(valueJson));
        errors.throwIfAny("invalid test row " + target + " " + operator + " " + valueJson);
        return condition;
    }

    static Trigger trigger(String title, Results results, Condition... conditions) {
        return new Trigger(UUID.randomUUID(), "CS", 1, new TriggerDefinition(title, "", true, false,
                List.of(conditions), results), "admin", Instant.EPOCH);
    }

    static Results assignTo(UUID group, AssignMode mode) {
        return new Results(new Results.Assign(group, mode, null, null), List.of(), null, null, null, null, null,
                List.of());
    }
}
