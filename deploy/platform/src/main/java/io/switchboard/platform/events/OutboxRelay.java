package io.switchboard.platform.events;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Publishes outbox rows in order and deletes them only once the broker acknowledged them.
 * One relay at a time per database (advisory lock), so several instances keep the order.
 * A failed batch stays in the outbox and is retried; consumers are idempotent, so a
 * re-published event does no harm.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String CHANNEL = "outbox";
    private static final long RELAY_LOCK = 0x5357424f58L; // "SWBOX"

    private final EntityManager entityManager;
    private final EventsConfig config;
    private final Emitter<String> emitter;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean stopping;

    OutboxRelay(EntityManager entityManager, EventsConfig config, @Channel(CHANNEL) Emitter<String> emitter) {
        this.entityManager = entityManager;
        this.config = config;
        this.emitter = emitter;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        wake();
    }

    // not before start-up has finished: the emitter is connected late in it
    @Scheduled(every = "${switchboard.events.relay.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wake();
    }

    void onStart(@Observes StartupEvent start) {
        started = true;
        wake();
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        stopping = true;
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Schedules one drain unless one is already waiting to run. */
    public void wake() {
        if (started && !stopping && pending.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        pending.set(false); // a commit from now on schedules another round
        try {
            while (!stopping && publishBatch() == config.relay().batchSize()) {
                // a full batch: more rows are probably waiting
            }
        } catch (RuntimeException e) {
            Log.warnf("Outbox relay will retry: %s", e.getMessage());
        }
    }

    private int publishBatch() {
        int timeout = (int) config.relay().ackTimeout().toSeconds() + 30;
        return QuarkusTransaction.requiringNew().timeout(timeout).call(() -> {
            boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                    .setParameter("key", RELAY_LOCK).getSingleResult();
            if (!locked) {
                return 0;
            }
            List<OutboxEvent> rows = OutboxEvent.<OutboxEvent>find("order by seq")
                    .page(0, config.relay().batchSize()).list();
            if (rows.isEmpty()) {
                return 0;
            }
            CompletableFuture<?>[] acks = rows.stream().map(this::send).toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(acks).get(config.relay().ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            OutboxEvent.delete("seq in ?1", rows.stream().map(row -> row.seq).toList());
            return rows.size();
        });
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        String topic = config.topics().get(row.aggregateType);
        if (topic == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no topic for " + row.aggregateType));
        }
        CompletableFuture<Void> acked = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic).withKey(row.aggregateId).withHeaders(headers).build();
        emitter.send(Message.of(row.payload, Metadata.of(kafka),
                () -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                },
                failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acked;
    }
}
