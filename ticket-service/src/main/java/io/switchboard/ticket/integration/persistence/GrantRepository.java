package io.switchboard.ticket.integration.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.switchboard.ticket.integration.domain.Grant;
import java.time.Instant;
import java.util.List;

/** {@code integration_grant}: which services an integration client may work in. */
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

    /** True if the grant is new; a concurrent duplicate is absorbed by the primary key. */
    public boolean grant(String clientId, String serviceCode, Instant at) {
        return entityManager.createNativeQuery("""
                        insert into integration_grant (client_id, service_code, created_at) values (:client, :code, :at)
                        on conflict do nothing""")
                .setParameter("client", clientId).setParameter("code", serviceCode).setParameter("at", at)
                .executeUpdate() == 1;
    }

    public boolean revoke(String clientId, String serviceCode) {
        return entityManager.createNativeQuery(
                        "delete from integration_grant where client_id = :client and service_code = :code")
                .setParameter("client", clientId).setParameter("code", serviceCode).executeUpdate() == 1;
    }

    /** Every grant, by client and service; only those of one client when {@code clientId} is given. */
    public List<Grant> all(String clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select client_id, service_code, created_at from integration_grant
                        where cast(:client as varchar) is null or client_id = :client
                        order by client_id, service_code""")
                .setParameter("client", clientId).getResultList();
        return rows.stream().map(row -> new Grant((String) row[0], (String) row[1], toInstant(row[2]))).toList();
    }

    private static Instant toInstant(Object value) {
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant()
                : value instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) value;
    }
}
