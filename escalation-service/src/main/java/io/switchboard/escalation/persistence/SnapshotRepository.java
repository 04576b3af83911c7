package io.switchboard.escalation.persistence;

import io.switchboard.escalation.domain.TicketSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SnapshotRepository {

    private final EntityManager entityManager;

    SnapshotRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<TicketSnapshot> find(UUID ticketId) {
        return Optional.ofNullable(entityManager.find(TicketSnapshot.class, ticketId));
    }

    /** The snapshot, locked until commit so concurrent events of one ticket apply one after the other. */
    public Optional<TicketSnapshot> lock(UUID ticketId) {
        return Optional.ofNullable(entityManager.find(TicketSnapshot.class, ticketId, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(TicketSnapshot snapshot) {
        entityManager.persist(snapshot);
    }
}
