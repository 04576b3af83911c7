package io.switchboard.platform.failure;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * The one classification of failures shared by consumers (retry or dead-letter) and the HTTP error mapping
 * (503 or 500): is a part of the infrastructure away, did a concurrent transaction get in the way, or will
 * trying again never help?
 */
public final class Failures {

    public enum Kind {
        /** The database or the broker is unreachable, restarting or overloaded: try again when it is back. */
        UNAVAILABLE,
        /** A concurrent transaction won (optimistic lock, serialization failure, deadlock): try again now. */
        CONFLICT,
        /** Bad data, a refusal, a bug: trying again gives the same answer. */
        PERMANENT
    }

    private Failures() {
    }

    public static Kind classify(Throwable failure) {
        return classify(failure, 0);
    }

    // the cause chain and what was suppressed on the way (a failed commit reports its resources' errors so)
    private static Kind classify(Throwable failure, int depth) {
        Kind found = Kind.PERMANENT;
        for (Throwable t = failure; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause(), depth++) {
            Kind kind = kindOf(t);
            for (Throwable suppressed : t.getSuppressed()) {
                Kind other = classify(suppressed, depth + 1);
                kind = other.compareTo(kind) < 0 ? other : kind;
            }
            if (kind == Kind.UNAVAILABLE) {
                return kind; // a conflict reported while the connection died is still an outage
            }
            if (kind == Kind.CONFLICT) {
                found = kind;
            }
        }
        return found;
    }

    /** True when another attempt may succeed. */
    public static boolean isTransient(Throwable failure) {
        return classify(failure) != Kind.PERMANENT;
    }

    private static Kind kindOf(Throwable t) {
        if (t instanceof SQLException sql) {
            Kind kind = sql.getSQLState() != null ? ofSqlState(sql.getSQLState())
                    // the connection pool's "Acquisition timeout while waiting for new connection"
                    : sql.getMessage() != null && sql.getMessage().toLowerCase().contains("acquisition timeout")
                    ? Kind.UNAVAILABLE : Kind.PERMANENT;
            if (kind != Kind.PERMANENT) {
                return kind;
            }
        }
        if (t instanceof TransientFailureException || t instanceof JDBCConnectionException
                || t instanceof SQLRecoverableException || t instanceof SQLTransientException
                || t instanceof QueryTimeoutException || t instanceof RetriableException
                || t instanceof org.apache.kafka.common.errors.TimeoutException
                || t instanceof TimeoutException || t instanceof SocketException
                || t instanceof InterruptedIOException || t instanceof HttpTimeoutException
                || t instanceof UnknownHostException) {
            return Kind.UNAVAILABLE;
        }
        if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                || t instanceof LockTimeoutException || t instanceof StaleStateException
                || t instanceof LockAcquisitionException) {
            return Kind.CONFLICT;
        }
        return Kind.PERMANENT;
    }

    /** PostgreSQL error classes (appendix A of its manual). */
    static Kind ofSqlState(String state) {
        if (state.startsWith("08") // connection exception
                || state.startsWith("53") // insufficient resources: too many connections, disk full, out of memory
                || state.startsWith("57P") // admin/crash shutdown, cannot connect now (starting up)
                || state.equals("57014") // statement cancelled (statement timeout)
                || state.startsWith("58")) { // system error: I/O error
            return Kind.UNAVAILABLE;
        }
        if (state.startsWith("40") || state.equals("55P03")) { // serialization failure, deadlock; lock not available
            return Kind.CONFLICT;
        }
        return Kind.PERMANENT;
    }
}
