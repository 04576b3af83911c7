package io.switchboard.notification.application;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.notification.domain.AttachmentRef;
import io.switchboard.notification.domain.AttemptResult;
import io.switchboard.notification.domain.Delivery;
import io.switchboard.notification.domain.DeliveryStatus;
import io.switchboard.notification.domain.Outgoing;
import io.switchboard.platform.failure.Failures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Claimed deliveries waiting per performer: enough to keep it busy, few enough to finish within a claim. */
    private static final int IN_FLIGHT_PER_PERFORMER = 4;
    private static final Duration RECORD_FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration RECORD_MAX_BACKOFF = Duration.ofSeconds(5);

    private final Deliveries deliveries;
    private final SmtpMailer mailer;
    private final TicketAttachments attachments;
    private final WebhookPoster poster;
    private final MailConfig config;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "delivery-sender"));
    private final ExecutorService performers;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Attempts made but not yet written down because the database is away; no new claims meanwhile. */
    private final AtomicInteger unrecorded = new AtomicInteger();
    private final int maxInFlight;
    private volatile boolean stopping;

    DeliverySender(Deliveries deliveries, SmtpMailer mailer, TicketAttachments attachments, WebhookPoster poster,
                   MailConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.attachments = attachments;
        this.poster = poster;
        this.config = config;
        this.clock = clock;
        this.maxInFlight = config.sender().concurrency() * IN_FLIGHT_PER_PERFORMER;
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

    /**
     * Claims as many due deliveries as there are free places in flight and hands them to the performers; a
     * performer that finishes frees its place and wakes the next round, so the connections stay busy instead
     * of waiting for a whole batch. In flight is capped so each claim is performed well within its timeout.
     */
    private void drain() {
        pending.set(false); // a commit from now on schedules another round
        try {
            int wanted;
            List<Outgoing> claimed;
            do {
                if (unrecorded.get() > 0) {
                    return; // the recorder wakes the next round once the database has its results
                }
                wanted = Math.min(config.sender().batchSize(), maxInFlight - inFlight.get());
                if (wanted <= 0) {
                    return; // a finishing performer wakes the next round
                }
                claimed = deliveries.claimDue(wanted);
                for (Outgoing outgoing : claimed) {
                    inFlight.incrementAndGet();
                    performers.execute(() -> perform(outgoing));
                }
            } while (!stopping && claimed.size() == wanted);
        } catch (RuntimeException e) {
            Log.warnf("Delivery sender will retry: %s", e.getMessage());
        }
    }

    private void perform(Outgoing outgoing) {
        try {
            attempt(outgoing);
        } catch (RuntimeException e) {
            Log.warnf("Delivery %s stays claimed until its claim times out: %s", outgoing.deliveryId(), e.getMessage());
        } finally {
            // wake when a claim's worth of places is free, not after every single mail
            if (inFlight.decrementAndGet() <= maxInFlight - config.sender().concurrency()) {
                wake();
            }
        }
    }

    private void attempt(Outgoing outgoing) {
        AttemptResult result = outgoing instanceof Outgoing.Mail mail ? send(mail) : poster.post((Outgoing.Post) outgoing);
        Delivery delivery = record(outgoing, result);
        if (delivery.status() == DeliveryStatus.FAILED) {
            Log.errorf("Giving up on %s delivery %s after %d attempts: %s", delivery.kind(), delivery.id(),
                    delivery.attempts(), result.error());
        } else if (delivery.status() == DeliveryStatus.QUEUED) {
            Log.warnf("%s delivery %s failed (attempt %d), next at %s: %s", delivery.kind(), delivery.id(),
                    delivery.attempts(), delivery.nextAttemptAt(), result.error());
        }
    }

    /**
     * Writes the attempt down, waiting out a database outage: a mail that went out while the database was away
     * must not go out again when its claim times out. Only a stop before the database is back leaves the
     * delivery claimed (and sent once more after the claim timeout, with the same Message-ID).
     */
    private Delivery record(Outgoing outgoing, AttemptResult result) {
        Duration backoff = RECORD_FIRST_BACKOFF;
        boolean waiting = false;
        try {
            while (true) {
                try {
                    Delivery delivery = deliveries.attempted(outgoing.deliveryId(), result);
                    if (waiting) {
                        Log.infof("Delivery %s: its attempt is recorded now that the database is back", outgoing.deliveryId());
                    }
                    return delivery;
                } catch (RuntimeException e) {
                    if (stopping || Failures.classify(e) == Failures.Kind.PERMANENT) {
                        throw e;
                    }
                    if (!waiting) {
                        waiting = true;
                        unrecorded.incrementAndGet();
                        Log.warnf("Delivery %s was attempted; recording it waits for the database: %s",
                                outgoing.deliveryId(), e.getMessage());
                    }
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2).compareTo(RECORD_MAX_BACKOFF) > 0 ? RECORD_MAX_BACKOFF
                            : backoff.multipliedBy(2);
                }
            }
        } finally {
            if (waiting && unrecorded.decrementAndGet() == 0) {
                wake();
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }

    /**
     * SMTP failures are retried unless the server refused for good (5xx); a reply's files are fetched from
     * ticket-service first, and one that is gone there fails the mail rather than send it without.
     */
    private AttemptResult send(Outgoing.Mail mail) {
        Instant started = clock.instant();
        long start = System.nanoTime();
        Map<AttachmentRef, Path> files = new LinkedHashMap<>();
        try {
            for (AttachmentRef attachment : mail.attachments()) {
                files.put(attachment, attachments.download(mail.ticketId(), attachment));
            }
            MimeMessage message = MailComposer.compose(mailer.newMessage(mail.messageId()), mail, config.from(),
                    mail.writtenByPerson(), files);
            mailer.send(message);
            return AttemptResult.delivered(started, since(start), null);
        } catch (TicketAttachments.Unavailable e) {
            return failure(started, start, e.getMessage(), e.permanent());
        } catch (SmtpMailer.SmtpFailure e) {
            return failure(started, start, e.getMessage(), e.permanent());
        } catch (MessagingException | RuntimeException e) {
            // an address or a header that cannot be written: no retry will change it
            return failure(started, start, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), true);
        } finally {
            files.values().forEach(DeliverySender::delete);
        }
    }

    private static AttemptResult failure(Instant started, long start, String error, boolean permanent) {
        return permanent ? AttemptResult.permanent(started, since(start), null, error)
                : AttemptResult.retryable(started, since(start), null, error, null);
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            Log.debugf("Temporary file %s stays: %s", file, e.getMessage());
        }
    }
}
