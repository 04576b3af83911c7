package io.switchboard.notification.application;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.notification.domain.DeliveryStatus;
import io.switchboard.notification.domain.MailDelivery;
import io.switchboard.notification.domain.OutgoingMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends due deliveries over SMTP, outside any database transaction: claim (commit), send, record the
 * outcome (commit). One worker per instance; instances share the work through the claims.
 */
@ApplicationScoped
public class DeliverySender {

    private final Deliveries deliveries;
    private final Mailer mailer;
    private final MailConfig config;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "mail-sender"));
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean stopping;

    DeliverySender(Deliveries deliveries, Mailer mailer, MailConfig config) {
        this.deliveries = deliveries;
        this.mailer = mailer;
        this.config = config;
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
            List<OutgoingMail> batch;
            do {
                batch = deliveries.claimDue();
                batch.forEach(this::send);
            } while (!stopping && batch.size() == config.sender().batchSize());
        } catch (RuntimeException e) {
            Log.warnf("Mail sender will retry: %s", e.getMessage());
        }
    }

    private void send(OutgoingMail mail) {
        try {
            mailer.send(Mail.withText(mail.recipient(), mail.subject(), mail.text())
                    .setHtml(mail.html())
                    .setFrom(config.from())
                    .addHeader("Message-ID", mail.messageId()));
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            MailDelivery delivery = deliveries.attemptFailed(mail.deliveryId(), error);
            if (delivery.status() == DeliveryStatus.FAILED) {
                Log.errorf("Giving up on delivery %s to %s after %d attempts: %s", delivery.id(), mail.recipient(),
                        delivery.attempts(), error);
            } else {
                Log.warnf("Delivery %s to %s failed (attempt %d), next at %s: %s", delivery.id(), mail.recipient(),
                        delivery.attempts(), delivery.nextAttemptAt(), error);
            }
            return;
        }
        deliveries.sent(mail.deliveryId());
    }
}
