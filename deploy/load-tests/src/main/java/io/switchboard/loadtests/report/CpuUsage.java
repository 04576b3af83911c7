package io.switchboard.loadtests.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where the time goes: CPU seconds each part of the stack used (its process and all its descendants, from
 * /proc) between {@code start} and {@code stop <run>}, divided by the tickets that run created, or between
 * {@code start} and {@code reads}, divided by the requests of the reads run held to a rate. Everything else on the
 * machine (the load generator included) is "other".
 */
public final class CpuUsage {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private CpuUsage() {
    }

    public static void main(String[] args) throws Exception {
        Path state = Path.of(System.getProperty("bench.state", ".switchboard"));
        Map<String, Double> now = sample(state);
        if (args[0].equals("start")) {
            ObjectNode start = Results.JSON.createObjectNode();
            now.forEach(start::put);
            Results.write("cpu-start", start);
            return;
        }
        ObjectNode start = Results.read("cpu-start");
        ObjectNode used = Results.JSON.createObjectNode();
        if (args[0].equals("reads")) {
            used.put("requests", GatlingReport.latest(Results.FOLDER.resolve("views-held/gatling"), "ViewsSimulation")
                    .map(report -> report.total().count()).orElse(0L));
        } else {
            used.put("run", args[1]).put("tickets", AssignLatency.created(args[1]));
        }
        ObjectNode parts = used.putObject("cpuSeconds");
        now.forEach((part, seconds) -> parts.put(part, Math.max(0, seconds - start.path(part).asDouble(0))));
        Results.write(args[0].equals("reads") ? "cpu-reads" : "cpu", used);
    }

    /** CPU seconds so far of each part; the PostgreSQL server's processes count for postgres. */
    static Map<String, Double> sample(Path state) throws IOException {
        Map<Long, String> roots = new HashMap<>();
        try (Stream<Path> pids = Files.list(state.resolve("pids"))) {
            for (Path file : pids.toList()) {
                roots.put(Long.parseLong(Files.readString(file).strip()), file.getFileName().toString().replace(".pid", ""));
            }
        }
        Path postmaster = state.resolve("postgres/postmaster.pid");
        if (Files.exists(postmaster)) {
            roots.put(Long.parseLong(Files.readAllLines(postmaster).get(0).strip()), "postgres");
        }
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, Double> cpu = new HashMap<>();
        try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
            for (Path dir : proc.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(dir.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(dir.getFileName().toString());
                    parents.put(pid, Long.parseLong(fields[1]));
                    cpu.put(pid, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND);
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            }
        }
        Map<String, Double> byPart = new TreeMap<>();
        cpu.forEach((pid, seconds) -> byPart.merge(partOf(pid, roots, parents), seconds, Double::sum));
        return byPart;
    }

    private static String partOf(long pid, Map<Long, String> roots, Map<Long, Long> parents) {
        for (long p = pid; p > 1; p = parents.getOrDefault(p, 1L)) {
            String part = roots.get(p);
            if (part != null) {
                return part;
            }
        }
        return "other";
    }

    static List<String> order(ObjectNode parts) {
        List<String> names = new java.util.ArrayList<>();
        parts.fieldNames().forEachRemaining(names::add);
        names.sort((a, b) -> Double.compare(parts.get(b).asDouble(), parts.get(a).asDouble()));
        return names;
    }
}
