package io.switchboard.escalation.dooray.persistence;

import io.switchboard.escalation.dooray.domain.DoorayConnection;
import io.switchboard.escalation.dooray.domain.HookSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class DoorayConnectionRepository {

    private final EntityManager entityManager;

    DoorayConnectionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<DoorayConnection> find(String serviceCode) {
        return Optional.ofNullable(entityManager.find(DoorayConnection.class, serviceCode));
    }

    /** The connection whose hook secret has this SHA-256 (hex); see {@link HookSecret#hash}. */
    public Optional<DoorayConnection> byHookSecretHash(String hash) {
        return entityManager.createQuery("from DoorayConnection c where c.hookSecretHash = :hash", DoorayConnection.class)
                .setParameter("hash", hash).getResultStream().findFirst();
    }

    public void add(DoorayConnection connection) {
        entityManager.persist(connection);
    }

    public void remove(DoorayConnection connection) {
        entityManager.remove(connection);
    }
}
