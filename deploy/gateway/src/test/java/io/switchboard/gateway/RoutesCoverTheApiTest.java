package io.switchboard.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the API guide reaches a service through the gateway: a service's tests pass whether or not the
 * gateway routes its paths, and a new path prefix (e.g. {@code /api/v1/bulk-jobs}) was once a 404 behind it. The
 * guide's tables are generated from each service's OpenAPI document (OpenApiDocumentTest), so they list them all.
 */
class RoutesCoverTheApiTest {

    private static final Pattern ENDPOINT = Pattern.compile("`(?:GET|POST|PUT|PATCH|DELETE) (/api/[^`?\\s]*)");

    @Test
    void everyPathOfTheApiGuideIsRoutedToAService() throws IOException {
        List<String> prefixes = routedPrefixes();
        TreeSet<String> unrouted = new TreeSet<>();
        Matcher endpoints = ENDPOINT.matcher(Files.readString(Path.of("../../docs/api.md")));
        int found = 0;
        while (endpoints.find()) {
            found++;
            String path = endpoints.group(1);
            if (prefixes.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
                unrouted.add(path);
            }
        }
        assertTrue(found > 100, "the API guide's endpoint tables were not found (" + found + " endpoints)");
        assertEquals(new TreeSet<String>(), unrouted, "paths no gateway route covers; add their prefix to "
                + "switchboard.gateway.routes.<service>.paths");
    }

    private static List<String> routedPrefixes() throws IOException {
        Properties settings = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            settings.load(reader);
        }
        return settings.stringPropertyNames().stream()
                .filter(name -> name.startsWith("switchboard.gateway.routes.") && name.endsWith(".paths"))
                .flatMap(name -> Stream.of(settings.getProperty(name).split(",")))
                .map(String::strip).toList();
    }
}
