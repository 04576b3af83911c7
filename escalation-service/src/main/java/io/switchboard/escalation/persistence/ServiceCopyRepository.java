package io.switchboard.escalation.persistence;

import io.switchboard.escalation.domain.ServiceCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
public class ServiceCopyRepository {

    private final EntityManager entityManager;

    ServiceCopyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<ServiceCopy> find(String code) {
        return Optional.ofNullable(entityManager.find(ServiceCopy.class, code));
    }

    /** The copy, locked until commit so two events of one service apply one after the other. */
    public Optional<ServiceCopy> lock(String code) {
        return Optional.ofNullable(entityManager.find(ServiceCopy.class, code, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(ServiceCopy copy) {
        entityManager.persist(copy);
    }
}
