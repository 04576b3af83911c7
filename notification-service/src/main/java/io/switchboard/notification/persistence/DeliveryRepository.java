package io.switchboard.notification.persistence;

import io.switchboard.notification.domain.DeliveryFilter;
import io.switchboard.platform.paging.ListPosition;
import io.switchboard.notification.domain.Delivery;
import io.switchboard.notification.domain.DeliveryAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository {

    private final EntityManager entityManager;

    DeliveryRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Delivery delivery) {
        entityManager.persist(delivery);
    }

    public void add(DeliveryAttempt attempt) {
        entityManager.persist(attempt);
    }

    public Optional<Delivery> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Delivery.class, id));
    }

    /**
     * Locks up to {@code limit} due QUEUED deliveries, oldest due first, until commit. Rows another
     * sender holds are skipped, not waited for. A customer reply waits while an earlier reply of its ticket is
     * still queued, so the customer gets a ticket's replies in the order they were written.
     */
    public List<Delivery> lockDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("""
                        select id from delivery d where status = 'QUEUED' and next_attempt_at <= :now
                        and not (kind = 'CUSTOMER_REPLY' and exists (
                            select 1 from delivery e where e.kind = 'CUSTOMER_REPLY' and e.status = 'QUEUED'
                            and e.ticket_id = d.ticket_id and (e.created_at, e.id) < (d.created_at, d.id)))
                        order by next_attempt_at limit :limit for update skip locked""", UUID.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from Delivery d where d.id in :ids", Delivery.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * Newest first, from {@code after} on (exclusive), matching the filter and, unless {@code services} is
     * null, of one of those services.
     */
    public List<Delivery> list(DeliveryFilter filter, Collection<String> services, ListPosition after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        condition(where, parameters, "d.ticketId = :ticket", "ticket", filter.ticketId());
        condition(where, parameters, "d.serviceCode = :service", "service", filter.serviceCode());
        condition(where, parameters, "d.kind = :kind", "kind", filter.kind());
        condition(where, parameters, "d.status = :status", "status", filter.status());
        condition(where, parameters, "d.serviceCode in :services", "services", services);
        if (after != null) {
            where.add("(d.createdAt < :afterAt or (d.createdAt = :afterAt and d.id > :afterId))");
            parameters.put("afterAt", after.createdAt());
            parameters.put("afterId", after.id());
        }
        String jpql = "from Delivery d" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by d.createdAt desc, d.id";
        TypedQuery<Delivery> query = entityManager.createQuery(jpql, Delivery.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private static void condition(List<String> where, Map<String, Object> parameters, String clause, String name,
                                  Object value) {
        if (value != null) {
            where.add(clause);
            parameters.put(name, value);
        }
    }

    /** A delivery's attempts, first first. */
    public List<DeliveryAttempt> attempts(UUID deliveryId) {
        return entityManager.createQuery("from DeliveryAttempt a where a.deliveryId = :id order by a.startedAt, a.id",
                DeliveryAttempt.class).setParameter("id", deliveryId).getResultList();
    }
}
