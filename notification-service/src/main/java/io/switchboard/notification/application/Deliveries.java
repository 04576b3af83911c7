package io.switchboard.notification.application;

import io.switchboard.notification.domain.DeliveryFilter;
import io.switchboard.platform.paging.ListPosition;
import io.quarkus.logging.Log;
import io.switchboard.notification.domain.AssignmentNotice;
import io.switchboard.notification.domain.AttemptResult;
import io.switchboard.notification.domain.Content;
import io.switchboard.notification.domain.CustomerReply;
import io.switchboard.notification.domain.Delivery;
import io.switchboard.notification.domain.DeliveryAttempt;
import io.switchboard.notification.domain.DeliveryKind;
import io.switchboard.notification.domain.DeliveryStatus;
import io.switchboard.notification.domain.Origin;
import io.switchboard.notification.domain.SlaNotice;
import io.switchboard.notification.domain.Outgoing;
import io.switchboard.notification.persistence.DeliveryRepository;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The delivery log's use cases; each runs in its own transaction and none of them talks SMTP or HTTP. */
@ApplicationScoped
public class Deliveries {

    /** Fired when a delivery was queued; observed after a successful commit to wake the sender. */
    public record Queued() {
    }

    /** One delivery with its attempts, first first. */
    public record Details(Delivery delivery, List<DeliveryAttempt> attempts) {
    }

    private final DeliveryRepository repository;
    private final MailConfig config;
    private final ServiceAccess access;
    private final MailOutcomes outcomes;
    private final Event<Queued> queued;
    private final Clock clock;

    Deliveries(DeliveryRepository repository, MailConfig config, ServiceAccess access, MailOutcomes outcomes,
               Event<Queued> queued, Clock clock) {
        this.repository = repository;
        this.config = config;
        this.access = access;
        this.outcomes = outcomes;
        this.queued = queued;
        this.clock = clock;
    }

    /** Runs in the consumer's transaction, together with its processed-event record. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Delivery queue(UUID eventId, String serviceCode, AssignmentNotice notice) {
        return add(Delivery.assignmentNotice(eventId, serviceCode, notice, clock.instant()));
    }

    /** Queues an SLA notice unless this event queued it already (its id is the event's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(UUID eventId, String serviceCode, SlaNotice notice) {
        if (repository.find(eventId).isEmpty()) {
            add(Delivery.slaNotice(eventId, serviceCode, notice, clock.instant()));
        }
    }

    /**
     * Queues a delivery a routing decision asked for, unless one with its id exists already: routing's ids
     * are stable, so a decision re-delivered in another event is performed once. Runs in the consumer's
     * transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Origin origin, DeliveryKind kind, Content content) {
        if (repository.find(origin.deliveryId()).isPresent()) {
            Log.debugf("Delivery %s is known already; event %s does not repeat it", origin.deliveryId(),
                    origin.eventId());
            return;
        }
        add(Delivery.routed(origin, kind, content, clock.instant()));
    }

    /**
     * Queues a reply to the customer unless it is queued already (the delivery has the reply's id, so a
     * redelivered event or a second instance never mails it twice). Runs in the consumer's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queue(CustomerReply reply) {
        if (repository.find(reply.ticketMessageId()).isPresent()) {
            Log.debugf("Reply %s is queued already; event %s does not repeat it", reply.ticketMessageId(),
                    reply.eventId());
            return false;
        }
        add(Delivery.customerReply(reply, clock.instant()));
        return true;
    }

    /** The customer reply of a ticket message, if one was queued. Runs in the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Delivery> replyTo(UUID ticketMessageId) {
        return repository.find(ticketMessageId).filter(d -> d.kind() == DeliveryKind.CUSTOMER_REPLY);
    }

    private Delivery add(Delivery delivery) {
        repository.add(delivery);
        if (delivery.status() == DeliveryStatus.QUEUED) {
            queued.fire(new Queued());
        } else {
            outcomes.settled(delivery, delivery.createdAt());
        }
        return delivery;
    }

    /** Takes due deliveries for this sender; see {@link Delivery#claim}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Outgoing> claimDue(int limit) {
        Instant now = clock.instant();
        Instant until = now.plus(config.sender().claimTimeout());
        return repository.lockDue(now, limit).stream()
                .map(d -> d.claim(until, config.messageIdDomain())).toList();
    }

    /** Logs an attempt and moves the delivery on: sent, due again later, or failed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Delivery attempted(UUID id, AttemptResult result) {
        Delivery delivery = repository.find(id).orElseThrow(() -> notFound(id));
        Instant now = clock.instant();
        repository.add(delivery.record(result, now, config.retry().backoff()));
        outcomes.settled(delivery, now);
        return delivery;
    }

    @Transactional
    public Delivery retry(UUID id) {
        Delivery delivery = visible(id);
        delivery.requeue(clock.instant());
        queued.fire(new Queued());
        return delivery;
    }

    @Transactional
    public Details details(UUID id) {
        Delivery delivery = visible(id);
        return new Details(delivery, repository.attempts(id));
    }

    /** The caller's part of the log: everything for org-admins, the services they administer for others. */
    @Transactional
    public DeliveryPage list(DeliveryFilter filter, ListPosition after, int limit) {
        if (filter.serviceCode() != null) {
            // asking for one service: its operators learn they may not (403), outsiders that it is not theirs (404)
            access.requireAdmin(filter.serviceCode(), () -> new ProblemException.NotFound(
                    "There is no service " + filter.serviceCode() + " whose deliveries you administer."));
        }
        List<String> services = access.administered().orElse(null);
        List<Delivery> found = repository.list(filter, services, after, limit + 1);
        if (found.size() <= limit) {
            return new DeliveryPage(found, null);
        }
        Delivery last = found.get(limit - 1);
        return new DeliveryPage(found.subList(0, limit), new ListPosition(last.createdAt(), last.id()));
    }

    private Delivery visible(UUID id) {
        Delivery delivery = repository.find(id).orElseThrow(() -> notFound(id));
        access.requireAdmin(delivery.serviceCode(), () -> notFound(id));
        return delivery;
    }

    private static ProblemException.NotFound notFound(UUID id) {
        return new ProblemException.NotFound("No delivery " + id + ".");
    }
}
