package io.switchboard.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.switchboard.platform.testing.TestEvents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

/**
 * notification-service's mail events as it publishes them, their data checked against its schema. The envelope
 * schema (cloudevent.schema.json) does not list the mail types yet, so EventContract.assertValid refuses them;
 * once it does, use that instead.
 */
public final class MailContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MailContract() {
    }

    public static String cloudEvent(UUID id, String type, String subject, String dataJson) {
        JsonNode data;
        try {
            data = JSON.readTree(dataJson);
        } catch (IOException e) {
            throw new AssertionError("fixture is not JSON: " + dataJson, e);
        }
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schema(type)).validate(data);
        if (!errors.isEmpty()) {
            throw new AssertionError("fixture violates " + type + ".schema.json: " + errors + "\n" + dataJson);
        }
        return TestEvents.cloudEvent(id, "/switchboard/notification-service", type, subject, dataJson);
    }

    private static String schema(String type) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("docs/events/schemas/" + type + ".schema.json");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("no contract " + type + ".schema.json above " + Path.of("").toAbsolutePath());
    }
}
