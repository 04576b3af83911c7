package io.switchboard.loadtests.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The physical anchor: pgbench on the stack's own PostgreSQL, each transaction the four rows a ticket create
 * commits (customer, ticket, its CREATED event, its outbox event), of realistic sizes, into copies of those tables
 * (same columns and indexes, in a scratch schema dropped afterwards). Clients as many as the create scenario's.
 */
public final class Baseline {

    private static final String SCHEMA = "bench_baseline";
    private static final List<String> TABLES = List.of("customer", "ticket", "ticket_event", "outbox_event");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private Baseline() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.connections", 16);
        int seconds = Integer.getInteger("bench.baseline.seconds", 20);
        String script;
        try (Connection db = BenchDatabase.connect("ticket"); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            sql.execute("CREATE SCHEMA " + SCHEMA);
            StringBuilder transaction = new StringBuilder("\\set n random(1, 9000000000000000000)\nBEGIN;\n");
            for (String table : TABLES) {
                // indexes (unique ones too) but no defaults, checks or foreign keys: every value comes from the script
                sql.execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE public." + table + " INCLUDING INDEXES)");
                transaction.append(insert(db, table)).append('\n');
            }
            script = transaction.append("END;\n").toString();
        }
        Path file = Files.createTempFile("baseline", ".sql");
        Files.writeString(file, script);
        ProcessBuilder pgbench = new ProcessBuilder("pgbench", "-h", BenchDatabase.HOST, "-p", String.valueOf(BenchDatabase.PORT),
                "-U", BenchDatabase.USER, "-n", "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds),
                "-f", file.toString(), "ticket").redirectErrorStream(true);
        pgbench.environment().put("PGPASSWORD", BenchDatabase.PASSWORD);
        Process process = pgbench.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        Files.delete(file);
        try (Connection db = BenchDatabase.connect("ticket"); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        if (exit != 0 || !tps.find() || !latency.find()) {
            throw new IllegalStateException("pgbench failed (exit " + exit + "):\n" + output);
        }
        ObjectNode figures = Results.JSON.createObjectNode().put("clients", clients).put("seconds", seconds)
                .put("tps", Double.parseDouble(tps.group(1))).put("latencyMs", Double.parseDouble(latency.group(1)));
        Results.write("baseline", figures);
        System.out.printf("Baseline: pgbench, the 4 writes of a create per transaction, %d clients: %.0f tx/s, %.2f ms average%n",
                clients, figures.get("tps").asDouble(), figures.get("latencyMs").asDouble());
    }

    /** An INSERT of one row with every column filled like a real create fills it. */
    private static String insert(Connection db, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (ResultSet rs = db.getMetaData().getColumns(null, "public", table, null)) {
            while (rs.next()) {
                String column = rs.getString("COLUMN_NAME");
                boolean required = "NO".equals(rs.getString("IS_NULLABLE"));
                String type = rs.getString("TYPE_NAME");
                int size = rs.getInt("COLUMN_SIZE");
                String value = value(table, column, type, size, required);
                if (value != null) {
                    columns.add(column);
                    values.add(value);
                }
            }
        }
        return "INSERT INTO " + SCHEMA + "." + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", values) + ")" + (table.equals("customer") ? " ON CONFLICT DO NOTHING;" : ";");
    }

    private static String value(String table, String column, String type, int size, boolean required) {
        if (column.equals("email") || column.equals("customer_email")) {
            return "'customer' || :n || '@example.com'";
        }
        if (column.equals("content") || (table.equals("outbox_event") && column.equals("payload"))) {
            return "repeat('결제가 두 번 되었습니다. 二重請求されました。 ', " + (column.equals("payload") ? 40 : 4) + ")";
        }
        if (!required) {
            return null;
        }
        return switch (type) {
            case "uuid" -> "gen_random_uuid()";
            case "int8", "bigserial" -> ":n";
            case "int4", "int2", "serial" -> "1";
            case "timestamptz", "timestamp" -> "now()";
            case "jsonb", "json" -> "'{}'";
            case "bool" -> "false";
            default -> "left(md5(random()::text) || ' ticket title', " + Math.min(size, 40) + ")";
        };
    }
}
