package io.switchboard.escalation.persistence;

import io.switchboard.escalation.domain.Escalation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class EscalationRepository {

    private final EntityManager entityManager;

    EscalationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Escalation> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Escalation.class, id));
    }

    /** Locked until commit, so two reports of one escalation apply one after the other. */
    public Optional<Escalation> lock(UUID id) {
        return Optional.ofNullable(entityManager.find(Escalation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The escalations of a ticket, as the escalated ticket or as the issue ticket; newest first. */
    public List<Escalation> ofTicket(UUID ticketId) {
        return entityManager.createQuery("""
                        from Escalation e where e.sourceTicketId = :id or e.issueTicketId = :id
                        order by e.requestedAt desc""", Escalation.class)
                .setParameter("id", ticketId).getResultList();
    }

    public boolean anyRequested(UUID sourceTicketId) {
        return !entityManager.createQuery("""
                        select e.id from Escalation e where e.sourceTicketId = :id
                        and e.status = io.switchboard.escalation.domain.Escalation.Status.REQUESTED""", UUID.class)
                .setParameter("id", sourceTicketId).setMaxResults(1).getResultList().isEmpty();
    }

    public void add(Escalation escalation) {
        entityManager.persist(escalation);
        entityManager.flush(); // a concurrent second request of the ticket surfaces here (unique index), not at commit
    }
}
