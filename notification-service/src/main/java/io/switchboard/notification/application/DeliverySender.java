package io.switchboard.notification.application;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.notification.domain.AttemptResult;
import io.switchboard.notification.domain.Delivery;
import io.switchboard.notification.domain.DeliveryStatus;
import io.switchboard.notification.domain.Outgoing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Performs due deliveries — mail over SMTP, callbacks and Dooray hooks over HTTP — outside any database
 * transaction: claim (commit), perform side by side, record each attempt (commit). One worker per instance;
 * instances share the work through the claims.
 */
@ApplicationScoped
public class DeliverySender {

    private final Deliveries deliveries;
    private final Mailer mailer;
    private final WebhookPoster poster;
    private final MailConfig config;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "delivery-sender"));
    private final ExecutorService performers;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean stopping;

    DeliverySender(Deliveries deliveries, Mailer mailer, WebhookPoster poster, MailConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.poster = poster;
        this.config = config;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.performers = Executors.newFixedThreadPool(config.sender().concurrency(),
                r -> new Thread(r, "delivery-performer-" + threads.incrementAndGet()));
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Deliveries.Queued queued) {
        wake();
    }

    @Scheduled(every = "${switchboard.mail.sender.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        stopping = true;
        worker.shutdown();
        performers.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Schedules one round unless one is already waiting to run. */
    public void wake() {
        if (!stopping && pending.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        pending.set(false); // a commit from now on schedules another round
        try {
            List<Outgoing> batch;
            do {
                batch = deliveries.claimDue();
                // side by side, so one slow receiver does not hold up the batch past its claim
                performers.invokeAll(batch.stream().map(this::task).toList());
            } while (!stopping && batch.size() == config.sender().batchSize());
        } catch (RuntimeException e) {
            Log.warnf("Delivery sender will retry: %s", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Callable<Void> task(Outgoing outgoing) {
        return () -> {
            try {
                perform(outgoing);
            } catch (RuntimeException e) {
                Log.warnf("Delivery %s stays claimed until its claim times out: %s", outgoing.deliveryId(), e.getMessage());
            }
            return null;
        };
    }

    private void perform(Outgoing outgoing) {
        AttemptResult result = outgoing instanceof Outgoing.Mail mail ? send(mail) : poster.post((Outgoing.Post) outgoing);
        Delivery delivery = deliveries.attempted(outgoing.deliveryId(), result);
        if (delivery.status() == DeliveryStatus.FAILED) {
            Log.errorf("Giving up on %s delivery %s after %d attempts: %s", delivery.kind(), delivery.id(),
                    delivery.attempts(), result.error());
        } else if (delivery.status() == DeliveryStatus.QUEUED) {
            Log.warnf("%s delivery %s failed (attempt %d), next at %s: %s", delivery.kind(), delivery.id(),
                    delivery.attempts(), delivery.nextAttemptAt(), result.error());
        }
    }

    /** Every SMTP failure may pass (a server restarting, a full queue), so each one is retried. */
    private AttemptResult send(Outgoing.Mail mail) {
        Instant started = clock.instant();
        long start = System.nanoTime();
        try {
            mailer.send(new Mail().setTo(mail.recipients()).setSubject(mail.subject()).setText(mail.text())
                    .setHtml(mail.html()).setFrom(config.from()).addHeader("Message-ID", mail.messageId()));
            return AttemptResult.delivered(started, Duration.ofNanos(System.nanoTime() - start), null);
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return AttemptResult.retryable(started, Duration.ofNanos(System.nanoTime() - start), null, error, null);
        }
    }
}
