package io.switchboard.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Checks events against the contracts in {@code docs/events/schemas}, the single source of truth. */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventContract() {
    }

    /** Asserts that a published record is a valid CloudEvent whose data matches its type's schema; returns it parsed. */
    public static JsonNode assertValid(String record) {
        JsonNode event;
        try {
            event = JSON.readTree(record);
        } catch (IOException e) {
            throw new AssertionError("event is not JSON: " + record, e);
        }
        check("cloudevent", event, event);
        String type = event.path("type").asText();
        check(type, event.path("data"), event);
        return event;
    }

    private static void check(String schemaName, JsonNode node, JsonNode event) {
        Set<ValidationMessage> errors = schema(schemaName).validate(node);
        if (!errors.isEmpty()) {
            throw new AssertionError("event violates " + schemaName + ".schema.json: " + errors + "\n" + event);
        }
    }

    private static JsonSchema schema(String name) {
        Path file = schemasDirectory().resolve(name + ".schema.json");
        if (!Files.exists(file)) {
            throw new AssertionError("no contract " + file + " for event type " + name);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return SCHEMAS.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path schemasDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs/events/schemas");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/events/schemas not found above " + Path.of("").toAbsolutePath());
    }
}
