package io.switchboard.routing.persistence;

import io.switchboard.routing.domain.RoutingDecision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DecisionRepository {

    private final EntityManager entityManager;

    DecisionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(RoutingDecision decision) {
        entityManager.persist(decision);
    }

    /** Oldest first. */
    public List<RoutingDecision> decisions(UUID ticketId) {
        return entityManager.createQuery("from RoutingDecision d where d.ticketId = :ticket order by d.decidedAt, d.id",
                RoutingDecision.class).setParameter("ticket", ticketId).getResultList();
    }
}
