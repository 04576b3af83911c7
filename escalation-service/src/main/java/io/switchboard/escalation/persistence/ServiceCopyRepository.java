package io.switchboard.escalation.persistence;

import io.switchboard.escalation.domain.ServiceCopy;
import io.switchboard.escalation.domain.ServiceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
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

    /** The issue-management services, by name: where inquiries escalate to. */
    public List<ServiceCopy> ofType(ServiceType type) {
        return entityManager.createQuery("from ServiceCopy s where s.type = :type order by s.name, s.code",
                ServiceCopy.class).setParameter("type", type).getResultList();
    }

    public void add(ServiceCopy copy) {
        entityManager.persist(copy);
    }
}
