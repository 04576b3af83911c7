package io.switchboard.routing.persistence;

import io.switchboard.routing.domain.Trigger;
import io.switchboard.routing.domain.TriggerVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TriggerRepository {

    private final EntityManager entityManager;

    TriggerRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** All triggers of the service in their order. */
    public List<Trigger> triggers(String serviceCode) {
        return entityManager.createQuery("from Trigger t where t.serviceCode = :code order by t.position, t.id",
                Trigger.class).setParameter("code", serviceCode).getResultList();
    }

    /** All triggers of the service in their order, locked until commit (reordering, appending). */
    public List<Trigger> lockTriggers(String serviceCode) {
        return entityManager.createQuery("from Trigger t where t.serviceCode = :code order by t.position, t.id",
                        Trigger.class).setParameter("code", serviceCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public List<Trigger> enabledTriggers(String serviceCode, boolean onUpdateOnly) {
        return entityManager.createQuery("""
                        from Trigger t where t.serviceCode = :code and t.enabled = true
                        and (t.runOnUpdate = true or :all = true) order by t.position, t.id""", Trigger.class)
                .setParameter("code", serviceCode).setParameter("all", !onUpdateOnly).getResultList();
    }

    public Optional<Trigger> find(String serviceCode, UUID id) {
        return Optional.ofNullable(entityManager.find(Trigger.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(t -> t.serviceCode().equals(serviceCode));
    }

    public void add(Trigger trigger) {
        entityManager.persist(trigger);
    }

    public void remove(Trigger trigger) {
        entityManager.remove(trigger);
    }

    public void addVersion(TriggerVersion version) {
        entityManager.persist(version);
    }

    /** Newest first; versions outlive their trigger. */
    public List<TriggerVersion> versions(String serviceCode, UUID triggerId) {
        return entityManager.createQuery("""
                        from TriggerVersion v where v.triggerId = :id and v.serviceCode = :code
                        order by v.version desc""", TriggerVersion.class)
                .setParameter("id", triggerId).setParameter("code", serviceCode).getResultList();
    }
}
