package io.switchboard.escalation.sla.persistence;

import io.switchboard.escalation.sla.domain.SlaPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SlaPolicyRepository {

    private final EntityManager entityManager;

    SlaPolicyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The service's policies in their order. */
    public List<SlaPolicy> ofService(String serviceCode) {
        return entityManager.createQuery("from SlaPolicy p where p.serviceCode = :code order by p.position, p.id",
                SlaPolicy.class).setParameter("code", serviceCode).getResultList();
    }

    /** Like {@link #ofService}, locked until commit: changes of one service's policies apply one after the other. */
    public List<SlaPolicy> lockOfService(String serviceCode) {
        return entityManager.createQuery("from SlaPolicy p where p.serviceCode = :code order by p.position, p.id",
                SlaPolicy.class).setParameter("code", serviceCode).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public Optional<SlaPolicy> find(UUID id) {
        return Optional.ofNullable(entityManager.find(SlaPolicy.class, id));
    }

    public void add(SlaPolicy policy) {
        entityManager.persist(policy);
    }

    public void remove(SlaPolicy policy) {
        entityManager.remove(policy);
    }

    /** Writes pending changes now, so the version a response reports is the one stored. */
    public void flush() {
        entityManager.flush();
    }
}
