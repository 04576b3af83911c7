package io.switchboard.loadtests.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The local stack's PostgreSQL (override with -Dbench.db.url/-user/-password). */
final class BenchDatabase {

    static final String HOST = System.getProperty("bench.db.host", "127.0.0.1");
    static final int PORT = Integer.getInteger("bench.db.port", 15432);
    static final String USER = System.getProperty("bench.db.user", "switchboard");
    static final String PASSWORD = System.getProperty("bench.db.password", "switchboard");

    private BenchDatabase() {
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, USER, PASSWORD);
    }
}
