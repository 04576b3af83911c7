package io.switchboard.notification.persistence;

import io.switchboard.notification.domain.DeliveryStatus;
import io.switchboard.notification.domain.MailDelivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository {

    private final EntityManager entityManager;

    DeliveryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(MailDelivery delivery) {
        entityManager.persist(delivery);
    }

    public Optional<MailDelivery> find(UUID id) {
        return Optional.ofNullable(entityManager.find(MailDelivery.class, id));
    }

    /**
     * Locks up to {@code limit} due QUEUED deliveries, oldest due first, until commit. Rows another
     * sender holds are skipped, not waited for.
     */
    public List<MailDelivery> lockDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        select id from mail_delivery where status = 'QUEUED' and next_attempt_at <= :now
                        order by next_attempt_at limit :limit for update skip locked""", UUID.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from MailDelivery d where d.id in :ids", MailDelivery.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Newest first, optionally only one ticket's or one status's deliveries. */
    public List<MailDelivery> list(UUID ticketId, DeliveryStatus status, int limit) {
        return entityManager.createQuery("""
                        from MailDelivery d
                        where (:ticket is null or d.ticketId = :ticket) and (:status is null or d.status = :status)
                        order by d.createdAt desc, d.id""", MailDelivery.class)
                .setParameter("ticket", ticketId).setParameter("status", status)
                .setMaxResults(limit).getResultList();
    }
}
