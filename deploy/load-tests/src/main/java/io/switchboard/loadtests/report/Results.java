package io.switchboard.loadtests.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The run's intermediate figures, one JSON file per step in the results folder, read back by {@link Summary}. */
final class Results {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path FOLDER = Path.of(System.getProperty("bench.results", "target/bench"));

    private Results() {
    }

    static void write(String step, ObjectNode figures) {
        try {
            Files.createDirectories(FOLDER);
            JSON.writerWithDefaultPrettyPrinter().writeValue(FOLDER.resolve(step + ".json").toFile(), figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode read(String step) {
        Path file = FOLDER.resolve(step + ".json");
        try {
            return Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
