package io.switchboard.loadtests.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One markdown table of the run: each figure next to its service level (PRODUCT.md §11) and as a ratio to the
 * pgbench baseline, then the p95 of every operator read, then heap and RSS of each part after the run.
 */
public final class Summary {

    private static final List<String> PARTS = List.of("ticket-service", "routing-service", "escalation-service",
            "notification-service", "gateway", "postgres", "kafka", "keycloak", "greenmail");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private Summary() {
    }

    public static void main(String[] args) throws Exception {
        Path state = Path.of(System.getProperty("bench.state", ".switchboard"));
        Path gatling = Results.FOLDER.resolve("gatling");
        ObjectNode baseline = Results.read("baseline");
        double baseTps = baseline == null ? Double.NaN : baseline.get("tps").asDouble();
        double baseMs = baseline == null ? Double.NaN : baseline.get("latencyMs").asDouble();
        StringBuilder md = new StringBuilder();
        md.append("# Switchboard bench, ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append("\n\n").append(machine()).append("\n\n");
        md.append("| what | measured | service level | met | ratio to the pgbench baseline |\n|---|---|---|---|---|\n");
        if (baseline != null) {
            md.append(String.format(Locale.ROOT, "| pgbench: the 4 writes of a create per transaction, %d clients | %.0f tx/s, %.2f ms average | (the physical anchor) | | 1 |%n",
                    baseline.get("clients").asInt(), baseTps, baseMs));
        }
        Optional<GatlingReport> saturation = GatlingReport.latest(gatling, "CreateSaturationSimulation");
        if (saturation.isPresent()) {
            GatlingReport.Row total = saturation.get().total();
            md.append(row("durable creates/s, saturated (closed model)", String.format(Locale.ROOT, "%.0f/s (%d failed), p50 %d ms, p99 %d ms",
                    total.perSecond(), total.failed(), total.p50(), total.p99()), "≥ 1,500/s", total.perSecond() >= 1500 && total.failed() == 0,
                    String.format(Locale.ROOT, "%.3f of its tx/s", total.perSecond() / baseTps)));
        }
        Optional<GatlingReport> rate = GatlingReport.latest(gatling, "CreateRateSimulation");
        if (rate.isPresent()) {
            GatlingReport.Row total = rate.get().total();
            md.append(row("create latency at a fixed arrival rate (open model)", String.format(Locale.ROOT, "%.0f/s answered 201 (%d of %d refused or failed), p50 %d ms, p99 %d ms",
                    total.count() == 0 ? 0 : total.perSecond() * (total.count() - total.failed()) / total.count(),
                    total.failed(), total.count(), total.p50(), total.p99()), "p99 ≤ 50 ms at 200/s",
                    total.p99() <= 50 && total.perSecond() >= 199 && total.failed() == 0,
                    String.format(Locale.ROOT, "p99 %.1f× its average latency", total.p99() / baseMs)));
        }
        ObjectNode assigned = Results.read("assigned");
        if (assigned != null) {
            md.append(row("created → assigned by the demo trigger, same run", String.format(Locale.ROOT,
                            "%d of %d assigned; p50 %.0f ms, p95 %.0f ms, p99 %.0f ms", assigned.get("assigned").asLong(),
                            assigned.get("created").asLong(), assigned.get("p50").asDouble(), assigned.get("p95").asDouble(),
                            assigned.get("p99").asDouble()), "p99 ≤ 200 ms at 200/s",
                    assigned.get("p99").asDouble() <= 200 && assigned.get("notAssigned").asLong() == 0
                            && rate.map(r -> r.total().perSecond() >= 199).orElse(false),
                    String.format(Locale.ROOT, "p99 %.1f× its average latency", assigned.get("p99").asDouble() / baseMs)));
        }
        StringBuilder reads = new StringBuilder();
        Optional<GatlingReport> held = GatlingReport.latest(Results.FOLDER.resolve("views-held/gatling"), "ViewsSimulation");
        if (held.isPresent()) {
            views(md, reads, held.get(), "operator reads held to a rate, worst p95", true, baseMs);
        }
        Optional<GatlingReport> views = GatlingReport.latest(gatling, "ViewsSimulation");
        if (views.isPresent()) {
            views(md, reads, views.get(), "operator reads, saturated (closed model), worst p95", held.isEmpty(), baseMs);
        }
        md.append(reads);
        cpuTable(md, Results.read("cpu"), "tickets", "CPU per ticket, saturated run until every ticket was assigned");
        cpuTable(md, Results.read("cpu-reads"), "requests", "CPU per request, operator reads held to a rate");
        md.append("\n## Memory after the run\n\n| part | heap used / committed | RSS |\n|---|---|---|\n");
        for (String part : PARTS) {
            Path pidFile = state.resolve("pids/" + part + ".pid");
            if (!Files.exists(pidFile)) {
                continue;
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            if (part.equals("postgres")) { // the launcher JVM; the server is the postmaster and its backends
                Path postmaster = state.resolve("postgres/postmaster.pid");
                md.append("| postgres (postmaster) | — | ").append(Files.exists(postmaster)
                        ? rss(Long.parseLong(Files.readAllLines(postmaster).get(0).strip())) : "not running").append(" |\n");
                continue;
            }
            md.append("| ").append(part).append(" | ").append(heap(pid)).append(" | ").append(rss(pid)).append(" |\n");
        }
        md.append("\nReports: ").append(gatling.toAbsolutePath()).append("/*/index.html\n");
        Files.writeString(Results.FOLDER.resolve("summary.md"), md.toString());
        System.out.println(md);
    }

    /**
     * A run of ViewsSimulation: its row (the service level is judged on the run held to a rate when there is one:
     * a saturated closed model measures its own queue) and the p95 of each read.
     */
    private static void views(StringBuilder md, StringBuilder reads, GatlingReport report, String what, boolean judged,
                              double baseMs) throws Exception {
        long worst = report.requests().stream().mapToLong(GatlingReport.Row::p95).max().orElse(0);
        GatlingReport.Row total = report.total();
        boolean met = worst <= 100 && total.failed() == 0 && ticketCount() >= 1_000_000;
        md.append(row(what, String.format(Locale.ROOT, "%d ms; %.0f req/s, %d failed", worst, total.perSecond(),
                        total.failed()), judged ? "p95 ≤ 100 ms at 1 M tickets" : "(for comparison)", judged ? met : null,
                String.format(Locale.ROOT, "%.1f× its average latency", worst / baseMs)));
        reads.append(String.format(Locale.ROOT, "%n## %s at %,d tickets: %.0f req/s%n%n| request | count | failed | p50 ms"
                + " | p95 ms | p99 ms |%n|---|---|---|---|---|---|%n", what.replace(", worst p95", ""), ticketCount(),
                total.perSecond()));
        for (GatlingReport.Row request : report.requests()) {
            reads.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", request.name(), request.count(),
                    request.failed(), request.p50(), request.p95(), request.p99()));
        }
    }

    /** CPU seconds per part of one step, and per unit of its work (tickets created, requests answered). */
    private static void cpuTable(StringBuilder md, ObjectNode cpu, String unit, String what) {
        if (cpu == null || cpu.get(unit).asLong() == 0) {
            return;
        }
        long count = cpu.get(unit).asLong();
        ObjectNode parts = (ObjectNode) cpu.get("cpuSeconds");
        md.append(String.format(Locale.ROOT, "%n## Where the time goes: %s (%,d %s)%n%n| part | CPU s | CPU ms per %s |%n"
                + "|---|---|---|%n", what, count, unit, unit.substring(0, unit.length() - 1)));
        double total = 0;
        for (String part : CpuUsage.order(parts)) {
            double seconds = parts.get(part).asDouble();
            total += seconds;
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f |%n", part, seconds, 1000 * seconds / count));
        }
        md.append(String.format(Locale.ROOT, "| **all** | %.1f | %.2f (%,.0f %s/s per core at most) |%n", total,
                1000 * total / count, count / total, unit));
    }

    /** A row of the table; {@code met} null where no service level is judged. */
    private static String row(String what, String measured, String target, Boolean met, String ratio) {
        String verdict = met == null ? "—" : met ? "yes" : "**no**";
        return "| " + what + " | " + measured + " | " + target + " | " + verdict + " | " + ratio + " |\n";
    }

    private static long ticketCount() {
        try (var db = BenchDatabase.connect("ticket"); var sql = db.createStatement();
             var rs = sql.executeQuery("select count(*) from ticket")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    /** Heap of a JVM as jcmd reports it; the PostgreSQL launcher is a JVM too, its server processes are not. */
    private static String heap(long pid) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            Matcher m = HEAP_USED.matcher(out);
            return m.find() ? String.format(Locale.ROOT, "%d / %d MB", Long.parseLong(m.group(2)) / 1024,
                    Long.parseLong(m.group(1)) / 1024) : "n/a";
        } catch (IOException e) {
            return "n/a";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "n/a";
        }
    }

    private static String rss(long pid) throws IOException {
        Path status = Path.of("/proc/" + pid + "/status");
        if (!Files.exists(status)) {
            return "not running";
        }
        Matcher m = RSS.matcher(Files.readString(status));
        return m.find() ? (Long.parseLong(m.group(1)) / 1024) + " MB" : "n/a";
    }

    private static String machine() throws IOException {
        long cores = Runtime.getRuntime().availableProcessors();
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        return "Machine: " + cores + " cores (" + cpu + "), " + (Runtime.getRuntime().maxMemory() > 0 ? memory() : "")
                + "; the whole stack and the load generator on it.";
    }

    private static String memory() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB RAM").orElse("");
    }
}
