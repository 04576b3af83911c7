package io.switchboard.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Local-stack PostgreSQL: an embedded PostgreSQL 17 (zonky binaries) on 127.0.0.1:15432 whose data
 * directory survives restarts. Ensures the role {@code switchboard} (password {@code switchboard}) and
 * one database per service, owned by that role, then stays up until the JVM is told to stop
 * (SIGTERM/SIGINT), which stops PostgreSQL cleanly.
 *
 * <pre>java -cp switchboard-local-stack.jar:lib/* io.switchboard.localstack.EmbeddedPostgresMain DATA_DIR [PORT]</pre>
 */
public final class EmbeddedPostgresMain {

    public static final String READY_MARKER = "switchboard-postgres READY";
    static final String ROLE = "switchboard";
    static final String PASSWORD = "switchboard";
    static final List<String> DATABASES = List.of("ticket", "routing", "escalation", "notification");

    private EmbeddedPostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: EmbeddedPostgresMain DATA_DIR [PORT]");
            System.exit(2);
        }
        File dataDir = new File(args[0]).getAbsoluteFile();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 15432;
        if (!dataDir.isDirectory() && !dataDir.mkdirs()) {
            throw new IllegalStateException("cannot create " + dataDir);
        }
        boolean fresh = !new File(dataDir, "PG_VERSION").exists();
        System.out.printf("switchboard-postgres: %s data directory %s, port %d%n",
                fresh ? "initialising" : "reusing", dataDir, port);

        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200")
                // zonky starts postgres with -F (fsync off) and synchronous_commit=off; this data directory is
                // meant to survive, and a 201 must mean committed to disk (also when PostgreSQL is killed)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
                .setErrorRedirector(ProcessBuilder.Redirect.INHERIT);
        EmbeddedPostgres pg = start(builder);

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            System.out.println("switchboard-postgres: stopping");
            try {
                pg.close();
                System.out.println("switchboard-postgres: stopped");
            } catch (Exception e) {
                System.err.println("switchboard-postgres: error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, "switchboard-postgres-shutdown"));

        // a postmaster that dies (e.g. kill -9 in a failure drill) ends this process too, so the stack sees
        // the part as stopped and './switchboard start postgres' can bring it back on the same data
        postmaster(dataDir).onExit().thenRun(() -> {
            if (!stopping.get()) {
                System.err.println("switchboard-postgres: the PostgreSQL server exited unexpectedly");
                Runtime.getRuntime().halt(1);
            }
        });
        ensureRoleAndDatabases(port);
        System.out.printf("%s on 127.0.0.1:%d (role %s, databases %s)%n", READY_MARKER, port, ROLE, DATABASES);
        System.out.flush();
        stopped.await();
    }

    /**
     * After a crash (kill -9) the dead server's backends may take a moment to leave its shared memory, and
     * PostgreSQL refuses to start on the data directory until they have: a few tries before giving up.
     */
    static EmbeddedPostgres start(EmbeddedPostgres.Builder builder) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return builder.start();
            } catch (IOException | RuntimeException e) {
                if (attempt == 5) {
                    throw e;
                }
                System.err.printf("switchboard-postgres: start failed (%s); trying again in 2 s%n", e.getMessage());
                Thread.sleep(2000);
            }
        }
    }

    /** The running server: the first line of its lock file is its pid. */
    static ProcessHandle postmaster(File dataDir) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(new File(dataDir, "postmaster.pid").toPath()).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("PostgreSQL (pid " + pid + ") is not running"));
    }

    static void ensureRoleAndDatabases(int port) throws SQLException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             Statement st = c.createStatement()) {
            boolean roleExists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                ps.setString(1, ROLE);
                try (ResultSet rs = ps.executeQuery()) {
                    roleExists = rs.next();
                }
            }
            if (!roleExists) {
                st.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
                System.out.println("switchboard-postgres: created role " + ROLE);
            }
            for (String db : DATABASES) {
                boolean exists;
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    ps.setString(1, db);
                    try (ResultSet rs = ps.executeQuery()) {
                        exists = rs.next();
                    }
                }
                if (!exists) {
                    st.execute("CREATE DATABASE " + db + " OWNER " + ROLE + " ENCODING 'UTF8'");
                    System.out.println("switchboard-postgres: created database " + db);
                }
            }
        }
    }
}
