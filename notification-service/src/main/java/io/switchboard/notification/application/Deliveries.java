package io.switchboard.notification.application;

import io.switchboard.notification.domain.AssignmentNotice;
import io.switchboard.notification.domain.DeliveryStatus;
import io.switchboard.notification.domain.MailDelivery;
import io.switchboard.notification.domain.OutgoingMail;
import io.switchboard.notification.persistence.DeliveryRepository;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The delivery log's use cases; each runs in its own transaction and none of them talks SMTP. */
@ApplicationScoped
public class Deliveries {

    /** Fired when a mail was queued; observed after a successful commit to wake the sender. */
    public record Queued() {
    }

    private final DeliveryRepository repository;
    private final MailConfig config;
    private final Event<Queued> queued;
    private final Clock clock;

    Deliveries(DeliveryRepository repository, MailConfig config, Event<Queued> queued, Clock clock) {
        this.repository = repository;
        this.config = config;
        this.queued = queued;
        this.clock = clock;
    }

    /** Runs in the consumer's transaction, together with its processed-event record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public MailDelivery queue(UUID eventId, AssignmentNotice notice) {
        MailDelivery delivery = MailDelivery.of(eventId, notice, clock.instant());
        repository.add(delivery);
        if (delivery.status() == DeliveryStatus.QUEUED) {
            queued.fire(new Queued());
        }
        return delivery;
    }

    /** Takes due deliveries for this sender; see {@link MailDelivery#claim}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutgoingMail> claimDue() {
        Instant now = clock.instant();
        Instant until = now.plus(config.sender().claimTimeout());
        return repository.lockDue(now, config.sender().batchSize()).stream().map(d -> d.claim(until)).toList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(UUID id) {
        find(id).sent(clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public MailDelivery attemptFailed(UUID id, String error) {
        MailDelivery delivery = find(id);
        delivery.attemptFailed(error, clock.instant(), config.retry().backoff());
        return delivery;
    }

    @Transactional
    public MailDelivery retry(UUID id) {
        MailDelivery delivery = find(id);
        delivery.requeue(clock.instant());
        queued.fire(new Queued());
        return delivery;
    }

    @Transactional
    public List<MailDelivery> list(UUID ticketId, DeliveryStatus status, int limit) {
        return repository.list(ticketId, status, limit);
    }

    private MailDelivery find(UUID id) {
        return repository.find(id).orElseThrow(() -> new ProblemException.NotFound("No delivery " + id + "."));
    }
}
