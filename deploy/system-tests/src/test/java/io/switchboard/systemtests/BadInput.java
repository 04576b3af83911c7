package io.switchboard.systemtests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Hostile variants of what an OpenAPI operation takes: for each path or query parameter, values no server may
 * fail on; for a JSON body, a valid-looking value built from its schema and then broken member by member (the
 * kinds issue 9 found: control characters, bad escapes, unpaired surrogates, duplicate keys, nulls in lists,
 * wrong types, unknown members, huge values). Every body variant must be refused.
 */
final class BadInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_LEAVES = 8;

    /** One request part to send instead of the good one; {@code raw} is written to the wire as it is. */
    record Variant(String kind, String raw) {
    }

    private BadInput() {
    }

    /** Raw (already encoded or deliberately malformed) values for a path or query parameter of this schema. */
    static List<Variant> parameterValues(JsonNode schema) {
        List<Variant> values = new ArrayList<>(List.of(
                new Variant("NUL", "%00"), new Variant("control character", "%01"),
                new Variant("encoded brace", "%7B%7D"), new Variant("raw brace", "{x}"),
                new Variant("bad percent escape", "%zz"), new Variant("encoded surrogate", "%ED%A0%80"),
                new Variant("huge", "a".repeat(5_000))));
        String type = type(schema);
        if ("integer".equals(type) || "number".equals(type) || "uuid".equals(schema.path("format").asText())) {
            values.add(new Variant("wrong type", "abc"));
        }
        if ("integer".equals(type)) {
            values.add(new Variant("overflow", "99999999999999999999"));
            values.add(new Variant("negative", "-1"));
        }
        if (schema.has("enum")) {
            values.add(new Variant("unknown enum value", "NOPE"));
        }
        return values;
    }

    /** Bodies that are no JSON value of the schema at all. */
    static List<Variant> malformedBodies(JsonNode good) {
        String text = good.toString();
        List<Variant> bodies = new ArrayList<>(List.of(new Variant("truncated JSON", text.substring(0, text.length() / 2)),
                new Variant("empty body", ""), new Variant("JSON null", "null"), new Variant("a string", "\"text\""),
                new Variant("trailing data", text + " []")));
        bodies.add(new Variant(good.isArray() ? "object for array" : "array for object", good.isArray() ? "{}" : "[]"));
        if (good.isObject() && good.size() > 0) {
            String first = good.fieldNames().next();
            bodies.add(new Variant("duplicate key " + first,
                    "{\"" + first + "\":" + good.get(first) + "," + text.substring(1)));
            ObjectNode unknown = good.deepCopy();
            unknown.put("zzUnknownMember", "carol");
            bodies.add(new Variant("unknown member", unknown.toString()));
        }
        return bodies;
    }

    /** The good body broken at one member at a time. {@code huge}: also a 200,000-character value per string. */
    static List<Variant> brokenMembers(JsonNode good, JsonNode schema, JsonNode document, boolean huge) {
        List<Variant> bodies = new ArrayList<>();
        List<Leaf> leaves = new ArrayList<>();
        collect(good, schema, document, "", leaves);
        for (Leaf leaf : leaves.subList(0, Math.min(MAX_LEAVES, leaves.size()))) {
            String type = type(leaf.schema());
            if (leaf.value().isTextual()) {
                // written by hand: Jackson would escape the backslash of a bad escape
                for (Map.Entry<String, String> bad : Map.of("NUL", "\\u0000", "control character", "\\u0007",
                        "unpaired surrogate", "\\ud800", "bad escape", "\\q", "bad unicode escape", "\\u12").entrySet()) {
                    bodies.add(new Variant(bad.getKey() + " in " + leaf.path(),
                            replaced(good, leaf, NODES.textNode("@@BAD@@")).replace("\"@@BAD@@\"",
                                    "\"x" + bad.getValue() + "\"")));
                }
                bodies.add(new Variant("number for text in " + leaf.path(), replaced(good, leaf, NODES.numberNode(5))));
                bodies.add(new Variant("object for text in " + leaf.path(), replaced(good, leaf, NODES.objectNode())));
                if (huge) {
                    bodies.add(new Variant("huge " + leaf.path(), replaced(good, leaf, NODES.textNode("x".repeat(200_000)))));
                }
            } else if (leaf.value().isArray()) {
                bodies.add(new Variant("null inside " + leaf.path(),
                        replaced(good, leaf, NODES.arrayNode().add(NODES.nullNode()))));
                bodies.add(new Variant("text for list " + leaf.path(), replaced(good, leaf, NODES.textNode("x"))));
            } else if (leaf.value().isNumber()) {
                bodies.add(new Variant("text for number " + leaf.path(), replaced(good, leaf, NODES.textNode("abc"))));
                bodies.add(new Variant("overflow " + leaf.path(),
                        replaced(good, leaf, NODES.textNode("@@BAD@@")).replace("\"@@BAD@@\"", "1e400")));
                if ("integer".equals(type)) {
                    bodies.add(new Variant("fraction " + leaf.path(), replaced(good, leaf, NODES.numberNode(1.5))));
                }
            } else if (leaf.value().isBoolean()) {
                bodies.add(new Variant("text for flag " + leaf.path(), replaced(good, leaf, NODES.textNode("yes"))));
            }
            if (leaf.schema().has("enum")) {
                bodies.add(new Variant("unknown enum value " + leaf.path(), replaced(good, leaf, NODES.textNode("NOPE"))));
            }
        }
        return bodies;
    }

    /** A value that matches the schema's shape (not necessarily one the server accepts). */
    static JsonNode example(JsonNode schema, JsonNode document, int depth) {
        JsonNode s = resolve(schema, document);
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        String type = type(s);
        if (type == null && s.has("properties")) {
            type = "object";
        }
        if (type == null) {
            return NODES.textNode("fuzz");
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 3) {
                    s.path("properties").fields().forEachRemaining(p ->
                            object.set(p.getKey(), example(p.getValue(), document, depth + 1)));
                    if (object.isEmpty() && s.path("additionalProperties").isObject()) {
                        object.set("key", example(s.get("additionalProperties"), document, depth + 1));
                    }
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                return depth < 3 ? array.add(example(s.path("items"), document, depth + 1)) : array;
            }
            case "integer", "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                return NODES.textNode(switch (s.path("format").asText()) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date-time" -> "2026-01-01T00:00:00Z";
                    case "date" -> "2026-01-01";
                    case "email" -> "fuzz@example.com";
                    default -> "fuzz";
                });
            }
        }
    }

    /** Follows $ref, and takes the first of allOf / anyOf / oneOf. */
    static JsonNode resolve(JsonNode schema, JsonNode document) {
        JsonNode s = schema;
        for (int i = 0; i < 10; i++) {
            if (s.has("$ref")) {
                s = document.at(s.get("$ref").asText().substring(1));
            } else if (s.has("allOf") || s.has("anyOf") || s.has("oneOf")) {
                JsonNode options = s.has("allOf") ? s.get("allOf") : s.has("anyOf") ? s.get("anyOf") : s.get("oneOf");
                JsonNode first = null;
                for (JsonNode option : options) {
                    if (!"null".equals(option.path("type").asText())) {
                        first = option;
                        break;
                    }
                }
                if (first == null) {
                    return s;
                }
                s = first;
            } else {
                return s;
            }
        }
        return s;
    }

    /** The schema's type; OpenAPI 3.1 may list it with "null". */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
            return null;
        }
        return type.isTextual() ? type.asText() : null;
    }

    private record Leaf(String path, JsonNode value, JsonNode schema, Consumer<JsonNode> set) {
    }

    private static void collect(JsonNode value, JsonNode schema, JsonNode document, String path, List<Leaf> leaves) {
        JsonNode s = resolve(schema, document);
        if (value instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode member = object.get(name);
                JsonNode memberSchema = s.path("properties").has(name) ? s.path("properties").get(name)
                        : s.path("additionalProperties");
                String memberPath = path.isEmpty() ? name : path + "." + name;
                if (member.isObject()) {
                    collect(member, memberSchema, document, memberPath, leaves);
                } else {
                    leaves.add(new Leaf(memberPath, member, resolve(memberSchema, document), v -> object.set(name, v)));
                    if (member.isArray() && member.size() > 0 && member.get(0).isObject()) {
                        collect(member.get(0), resolve(memberSchema, document).path("items"), document,
                                memberPath + "[0]", leaves);
                    }
                }
            }
        }
    }

    /** The body with the leaf's value replaced (the good body is left as it was). */
    private static String replaced(JsonNode good, Leaf leaf, JsonNode bad) {
        JsonNode original = leaf.value();
        leaf.set().accept(bad);
        String text = good.toString();
        leaf.set().accept(original);
        return text;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
