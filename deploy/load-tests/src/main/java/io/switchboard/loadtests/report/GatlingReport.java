package io.switchboard.loadtests.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The statistics table of a Gatling HTML report (index.html): one row per request name, and the total. */
record GatlingReport(Path folder, List<Row> rows) {

    record Row(String name, long count, long failed, double perSecond, long p50, long p95, long p99, long max) {
    }

    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");

    /** The newest report of a simulation (Gatling names its folders after the class, lower case, and a time). */
    static Optional<GatlingReport> latest(Path gatling, String simulation) throws IOException {
        if (!Files.isDirectory(gatling)) {
            return Optional.empty();
        }
        String prefix = simulation.toLowerCase() + "-";
        Optional<Path> newest;
        try (Stream<Path> folders = Files.list(gatling)) {
            newest = folders.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> Files.exists(f.resolve("index.html")))
                    .max(Comparator.comparing(f -> f.getFileName().toString()));
        }
        return newest.isEmpty() ? Optional.empty() : Optional.of(parse(newest.get()));
    }

    static GatlingReport parse(Path folder) throws IOException {
        String html = Files.readString(folder.resolve("index.html"));
        List<Row> rows = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            String cells = row.group(2);
            Matcher name = NAME.matcher(cells);
            if (!name.find() || !cells.contains("col-2")) {
                continue;
            }
            rows.add(new Row(name.group(1).strip(), number(cells, 2), number(cells, 4), decimal(cells, 6),
                    number(cells, 8), number(cells, 10), number(cells, 11), number(cells, 12)));
        }
        return new GatlingReport(folder, rows);
    }

    Row total() {
        return rows.stream().filter(r -> r.name().equals("All Requests")).findFirst().orElseThrow();
    }

    List<Row> requests() {
        return rows.stream().filter(r -> !r.name().equals("All Requests")).toList();
    }

    private static String cell(String cells, int column) {
        Matcher m = Pattern.compile("col-" + column + "\">([^<]*)<").matcher(cells);
        return m.find() ? m.group(1).replace(",", "").strip() : "";
    }

    private static long number(String cells, int column) {
        String value = cell(cells, column);
        return value.isEmpty() || value.equals("-") ? 0 : Long.parseLong(value);
    }

    private static double decimal(String cells, int column) {
        String value = cell(cells, column);
        return value.isEmpty() || value.equals("-") ? 0 : Double.parseDouble(value);
    }
}
