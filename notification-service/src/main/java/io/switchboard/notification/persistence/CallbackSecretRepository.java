package io.switchboard.notification.persistence;

import io.switchboard.notification.domain.CallbackSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class CallbackSecretRepository {

    private final EntityManager entityManager;

    CallbackSecretRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<CallbackSecret> find(String serviceCode) {
        return Optional.ofNullable(entityManager.find(CallbackSecret.class, serviceCode));
    }

    public void add(CallbackSecret secret) {
        entityManager.persist(secret);
    }
}
