package io.switchboard.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * The consuming side: parses CloudEvents and records which ones this service has already
 * applied, in the same transaction as their effect, so a redelivery changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final EventsConfig config;

    Inbox(ObjectMapper json, EntityManager entityManager, EventsConfig config) {
        this.json = json;
        this.entityManager = entityManager;
        this.config = config;
    }

    /** Empty for a record that is not a CloudEvent. */
    private Optional<CloudEvent> parse(String record) {
        try {
            return Optional.of(json.readValue(record, CloudEvent.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Thrown when an event's data does not fit its type; such an event can never succeed. */
    public static class MalformedEventException extends IllegalArgumentException {
        MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Thrown by a handler when something it needs is unavailable for now (e.g. another service's endpoint times
     * out): retried like a conflict, and if it keeps failing it stops the channel rather than lose the event.
     */
    public static class TransientFailureException extends RuntimeException {
        public TransientFailureException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The consumer's whole job around its effect: parses the record, keeps only the given types, and runs
     * the handler the first time this service sees the event, in a transaction of its own together with the
     * record that it was seen. Records that can never succeed (not a CloudEvent, data of the wrong shape) are
     * logged and skipped, so one bad record never blocks the partition. A transaction that fails for a passing
     * reason (a concurrent change of the same row, a deadlock, a lost connection) is retried with backoff;
     * only when that keeps failing does the exception reach the connector, which stops the channel rather
     * than lose the event (it is consumed again after a restart).
     */
    @Transactional(Transactional.TxType.NEVER)
    public void receive(String record, Set<String> types, Consumer<CloudEvent> handler) {
        Optional<CloudEvent> parsed = parse(record);
        if (parsed.isEmpty()) {
            Log.warnf("Skipping a record that is not a CloudEvent: %.200s", record);
            return;
        }
        CloudEvent event = parsed.get();
        if (!types.contains(event.type())) {
            return;
        }
        Duration backoff = config.retry().initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> apply(event, handler));
                return;
            } catch (RuntimeException e) {
                if (attempt >= config.retry().maxAttempts() || !isTransient(e)) {
                    throw e;
                }
                Log.infof("Event %s (%s) failed for a passing reason, attempt %d: %s; retrying in %s", event.id(),
                        event.type(), attempt, rootMessage(e), backoff);
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.retry().maxBackoff()) > 0
                        ? config.retry().maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    private void apply(CloudEvent event, Consumer<CloudEvent> handler) {
        if (!firstDelivery(event)) {
            return;
        }
        try {
            handler.accept(event);
            entityManager.flush(); // conflicts surface here, inside the retry, not at commit
        } catch (MalformedEventException e) {
            Log.warnf("Skipping event %s: %s", event.id(), e.getMessage());
        }
    }

    /**
     * Failures another attempt may not meet: conflicts of concurrent transactions, lost connections, and what
     * a handler declares passing.
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TransientFailureException || t instanceof OptimisticLockException
                    || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException || t instanceof StaleStateException
                    || t instanceof LockAcquisitionException || t instanceof JDBCConnectionException
                    || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("40") || sql.getSQLState().startsWith("08"))) {
                return true; // serialization failure, deadlock; connection exception
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry an event", e);
        }
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("event " + event.id() + " has no valid " + event.type() + " data", e);
        }
    }

    /** True the first time this service sees the event; runs in the transaction that applies it. */
    private boolean firstDelivery(CloudEvent event) {
        return entityManager.createNativeQuery(
                        "insert into processed_event (event_id, consumer) values (:id, :consumer) on conflict do nothing")
                .setParameter("id", event.id())
                .setParameter("consumer", config.consumer())
                .executeUpdate() == 1;
    }
}
