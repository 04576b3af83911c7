package io.switchboard.platform.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.platform.access.Audience;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Holds a service's OpenAPI document to its audiences ({@link Audience#KEY} on every operation) and keeps the API
 * guide's "who may call what" table of the service generated from them. Run a service's tests with
 * {@code -Dswitchboard.update-docs=true} to rewrite its table after changing an audience.
 */
public final class OpenApiAudiences {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One operation of the document. */
    public record Operation(String method, String path, String summary, List<Audience> audiences) {
    }

    private OpenApiAudiences() {
    }

    /** Every operation, in path and method order; fails naming each one without a known audience. */
    public static List<Operation> operations(String openApiJson) {
        JsonNode paths = read(openApiJson).path("paths");
        List<Operation> operations = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        paths.fieldNames().forEachRemaining(path -> METHODS.forEach(method -> {
            JsonNode operation = paths.path(path).path(method);
            if (operation.isMissingNode()) {
                return;
            }
            String audience = operation.path(Audience.KEY).asText("");
            if (audience.isBlank()) {
                missing.add(method.toUpperCase() + " " + path);
                return;
            }
            operations.add(new Operation(method.toUpperCase(), path, operation.path("summary").asText(""),
                    Audience.parse(audience)));
        }));
        if (!missing.isEmpty()) {
            fail("operations without " + Audience.KEY + " (say who may call them with @Extension(name = Audience.KEY, "
                    + "value = ...)): " + missing);
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(o -> METHODS.indexOf(o.method().toLowerCase())));
        return operations;
    }

    /** The guide's table of the service. */
    public static String table(List<Operation> operations) {
        return "| operation | who may call it | what |\n|---|---|---|\n" + operations.stream()
                .map(o -> "| `" + o.method() + " " + o.path() + "` | "
                        + o.audiences().stream().map(Audience::label).collect(Collectors.joining(", ")) + " | "
                        + o.summary().replace("|", "\\|") + " |")
                .collect(Collectors.joining("\n")) + "\n";
    }

    /** The section of {@code docs/api.md} between this service's markers must be its current table. */
    public static void assertApiGuideTable(String service, String openApiJson) {
        Path guide = Path.of("..", "docs", "api.md");
        String start = "<!-- audiences:" + service + ":start -->\n";
        String end = "<!-- audiences:" + service + ":end -->";
        String text = readFile(guide);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        assertTrue(from >= 0 && to > from, guide + " has no " + start.strip() + " … " + end + " section");
        String expected = table(operations(openApiJson));
        String actual = text.substring(from + start.length(), to);
        if (!expected.equals(actual) && Boolean.getBoolean("switchboard.update-docs")) {
            write(guide, text.substring(0, from + start.length()) + expected + text.substring(to));
            return;
        }
        assertEquals(expected, actual, "docs/api.md's table of " + service + " is out of date; run this test with "
                + "-Dswitchboard.update-docs=true to regenerate it");
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
