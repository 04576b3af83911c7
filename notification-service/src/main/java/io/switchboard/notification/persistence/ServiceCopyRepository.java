package io.switchboard.notification.persistence;

import io.switchboard.notification.domain.ServiceCopy;
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

    /** The service, locked until commit, so concurrent secret rotations of one service run one after the other. */
    public Optional<ServiceCopy> lock(String code) {
        return Optional.ofNullable(entityManager.find(ServiceCopy.class, code, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(ServiceCopy service) {
        entityManager.persist(service);
    }

    /** The codes of the services in which this user is an ADMIN member. */
    public List<String> administeredBy(String username) {
        return entityManager.createNativeQuery(
                        "select service_code from service_member where username = :user and role = 'ADMIN'", String.class)
                .setParameter("user", username).getResultList();
    }
}
