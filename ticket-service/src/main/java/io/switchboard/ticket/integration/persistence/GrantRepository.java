package io.switchboard.ticket.integration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Reads {@code integration_grant}: which services an integration client may work in. */
@ApplicationScoped
public class GrantRepository {

    private final EntityManager entityManager;

    GrantRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean isGranted(String clientId, String serviceCode) {
        return !entityManager.createNativeQuery(
                        "select 1 from integration_grant where client_id = :client and service_code = :code")
                .setParameter("client", clientId).setParameter("code", serviceCode)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    public List<String> servicesOf(String clientId) {
        return entityManager.createNativeQuery(
                        "select service_code from integration_grant where client_id = :client order by service_code")
                .setParameter("client", clientId).getResultList();
    }
}
