package io.switchboard.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.switchboard.platform.failure.Failures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The consuming side: parses CloudEvents and records which ones this service has already
 * applied, in the same transaction as their effect, so a redelivery changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final EventsConfig config;
    private final Object wakeUp = new Object();
    private volatile boolean stopping;

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

    /** Thrown out of {@link #receive} when the service stops while an event waits: it stays unacknowledged. */
    static class StoppingException extends IllegalStateException {
        StoppingException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The consumer's whole job around its effect: parses the record, keeps only the given types, and runs
     * the handler the first time this service sees the event, in a transaction of its own together with the
     * record that it was seen.
     * <p>
     * A failure that may pass ({@link Failures#isTransient}: the database or broker away, a lost connection, a
     * timeout, a concurrent change of the same row) keeps the event: it is tried again with a bounded
     * exponential backoff for as long as the cause lasts, so the consumer resumes by itself and the partition's
     * order holds. Anything else can never succeed (not a CloudEvent, data of the wrong shape, a refusal of the
     * domain, a bug): the record goes to {@code dead_letter_event} and the consumer moves on, so one bad record
     * never blocks its partition.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void receive(String record, Set<String> types, Consumer<CloudEvent> handler) {
        Optional<CloudEvent> parsed = parse(record);
        if (parsed.isEmpty()) {
            Log.warnf("Dead-lettering a record that is not a CloudEvent: %.200s", record);
            deadLetter(null, record, "not a CloudEvent");
            return;
        }
        CloudEvent event = parsed.get();
        if (!types.contains(event.type())) {
            return;
        }
        try {
            untilDone(event, () -> QuarkusTransaction.requiringNew().run(() -> apply(event, handler)));
        } catch (StoppingException e) {
            throw e;
        } catch (RuntimeException e) {
            if (isMalformed(e)) {
                Log.warnf("Dead-lettering event %s (%s): %s", event.id(), event.type(), e.getMessage());
            } else {
                Log.errorf(e, "Dead-lettering event %s (%s), its handler refused it", event.id(), event.type());
            }
            deadLetter(event, record, rootMessage(e));
        }
    }

    /**
     * A poll's worth of records of one partition, in order, in one transaction: the same effects and the same
     * exactly-once record per event as {@link #receive} record by record, with one commit instead of one per
     * event. A transient failure retries the whole batch; anything else rolls it back and the records are
     * received one by one, so only the bad one is dead-lettered.
     */
    @Transactional(Transactional.TxType.NEVER)
    public void receiveAll(List<String> records, Set<String> types, Consumer<CloudEvent> handler) {
        List<CloudEvent> wanted = new ArrayList<>();
        for (String record : records) {
            Optional<CloudEvent> parsed = parse(record);
            if (parsed.isEmpty() || records.size() == 1) {
                receive(record, types, handler); // dead-letters what is not a CloudEvent
            } else if (types.contains(parsed.get().type())) {
                wanted.add(parsed.get());
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        try {
            untilDone(wanted.get(0), () -> QuarkusTransaction.requiringNew().run(() -> wanted.forEach(e -> apply(e, handler))));
        } catch (StoppingException e) {
            throw e;
        } catch (RuntimeException e) {
            Log.infof("A batch of %d events was refused (%s); applying them one by one", wanted.size(), rootMessage(e));
            for (String record : records) {
                parse(record).filter(event -> types.contains(event.type())).ifPresent(event -> receive(record, types, handler));
            }
        }
    }

    private void apply(CloudEvent event, Consumer<CloudEvent> handler) {
        if (!firstDelivery(event)) {
            return;
        }
        handler.accept(event);
        entityManager.flush(); // conflicts surface here, inside the retry, not at commit
    }

    /** Runs the step until it succeeds or fails for good; transient failures wait and try again. */
    private void untilDone(CloudEvent event, Runnable step) {
        Duration backoff = config.retry().initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                if (attempt > 1) {
                    Log.infof("Event %s (%s) applied after %d attempts", eventId(event), eventType(event), attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    throw e;
                }
                Log.infof("Event %s (%s) failed for a passing reason (%s), attempt %d: %s; retrying in %s",
                        eventId(event), eventType(event), Failures.classify(e), attempt, rootMessage(e), backoff);
                pause(backoff, e);
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(config.retry().maxBackoff()) > 0 ? config.retry().maxBackoff() : doubled;
            }
        }
    }

    /** Keeps a record that can never be applied; waits out an outage like any other step. */
    private void deadLetter(CloudEvent event, String record, String reason) {
        String kept = record.replace("\u0000", ""); // PostgreSQL text cannot hold NUL
        untilDone(event, () -> QuarkusTransaction.requiringNew().run(() -> (event == null
                ? entityManager.createNativeQuery("insert into dead_letter_event (consumer, record, reason)"
                        + " values (:consumer, :record, :reason)")
                : entityManager.createNativeQuery("insert into dead_letter_event (consumer, event_id, type, record, reason)"
                                + " values (:consumer, :id, :type, :record, :reason) on conflict do nothing")
                        .setParameter("id", event.id()).setParameter("type", event.type()))
                .setParameter("consumer", config.consumer())
                .setParameter("record", kept)
                .setParameter("reason", reason)
                .executeUpdate()));
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    private void pause(Duration backoff, RuntimeException cause) {
        long until = System.nanoTime() + backoff.toNanos();
        synchronized (wakeUp) {
            try {
                for (long left = backoff.toMillis(); !stopping && left > 0;
                     left = (until - System.nanoTime()) / 1_000_000) {
                    wakeUp.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
        }
        if (stopping) {
            throw new StoppingException("stopping; the event stays unacknowledged and is consumed again", cause);
        }
    }

    private static boolean isMalformed(Throwable failure) {
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof MalformedEventException) {
                return true;
            }
        }
        return false;
    }

    private static String eventId(CloudEvent event) {
        return event == null ? "-" : String.valueOf(event.id());
    }

    private static String eventType(CloudEvent event) {
        return event == null ? "no type" : event.type();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
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
