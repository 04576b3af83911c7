package io.switchboard.platform.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParseException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailuresTest {

    @ParameterizedTest
    @CsvSource({
            "08006, UNAVAILABLE", // I/O error sending to the backend
            "08001, UNAVAILABLE", // connection refused
            "57P01, UNAVAILABLE", // terminating connection due to unexpected postmaster exit / admin shutdown
            "57P03, UNAVAILABLE", // the database system is starting up
            "53300, UNAVAILABLE", // too many connections
            "40001, CONFLICT", // serialization failure
            "40P01, CONFLICT", // deadlock
            "23505, PERMANENT", // unique violation
            "22P02, PERMANENT", // invalid text representation
    })
    void postgresErrorsByTheirState(String state, Failures.Kind kind) {
        SQLException cause = new SQLException("from PostgreSQL", state);
        assertEquals(kind, Failures.classify(new GenericJDBCException("wrapped by Hibernate", cause)));
    }

    @Test
    void aPoolThatCannotHandOutAConnectionIsAnOutage() {
        assertEquals(Failures.Kind.UNAVAILABLE, Failures.classify(new PersistenceException("Unable to acquire",
                new SQLException("Acquisition timeout while waiting for new connection"))));
        assertEquals(Failures.Kind.UNAVAILABLE, Failures.classify(new RuntimeException(new ConnectException("refused"))));
        assertEquals(Failures.Kind.UNAVAILABLE, Failures.classify(new TransientFailureException("later", null)));
    }

    @Test
    void aConflictReportedWhileTheConnectionDiedIsAnOutage() {
        assertEquals(Failures.Kind.UNAVAILABLE, Failures.classify(new OptimisticLockException("stale",
                new SQLException("I/O error", "08006"))));
        assertEquals(Failures.Kind.CONFLICT, Failures.classify(new OptimisticLockException("stale")));
    }

    @Test
    void aCommitThatFailedBecauseOfTheConnectionIsAnOutage() {
        Exception commit = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(new SQLException("This connection has been closed.", "08003"));
        assertEquals(Failures.Kind.UNAVAILABLE, Failures.classify(new RuntimeException(commit)));
    }

    @Test
    void badDataAndBugsArePermanent() {
        assertEquals(Failures.Kind.PERMANENT, Failures.classify(new IllegalArgumentException("bad",
                new JsonParseException(null, "not JSON")))); // Jackson's exceptions are IOExceptions
        assertEquals(Failures.Kind.PERMANENT, Failures.classify(new NullPointerException()));
        assertEquals(Failures.Kind.PERMANENT, Failures.classify(new SQLException("no state")));
    }
}
