package io.switchboard.ticket.integration.persistence;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CompositeCacheKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import io.switchboard.ticket.integration.domain.Grant;
import java.time.Instant;
import java.util.List;

/**
 * {@code integration_grant}: which services an integration client may work in. Every request of an integration
 * asks, so answers are cached: a change made here is seen by this instance as soon as it commits, by other
 * instances once their answer expires ({@code quarkus.cache.caffeine."integration-grants".expire-after-write}).
 */
@ApplicationScoped
public class GrantRepository {

    private final EntityManager entityManager;
    private final Cache answers;
    private final TransactionSynchronizationRegistry transactions;

    GrantRepository(EntityManager entityManager, @CacheName("integration-grants") Cache answers,
                    TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.answers = answers;
        this.transactions = transactions;
    }

    public boolean isGranted(String clientId, String serviceCode) {
        return answers.get(new CompositeCacheKey(clientId, serviceCode), key -> !entityManager.createNativeQuery(
                        "select 1 from integration_grant where client_id = :client and service_code = :code")
                .setParameter("client", clientId).setParameter("code", serviceCode)
                .setMaxResults(1).getResultList().isEmpty()).await().indefinitely();
    }

    @SuppressWarnings("unchecked")
    public List<String> servicesOf(String clientId) {
        return entityManager.createNativeQuery(
                        "select service_code from integration_grant where client_id = :client order by service_code")
                .setParameter("client", clientId).getResultList();
    }

    /** True if the grant is new; a concurrent duplicate is absorbed by the primary key. */
    public boolean grant(String clientId, String serviceCode, Instant at) {
        boolean created = entityManager.createNativeQuery("""
                        insert into integration_grant (client_id, service_code, created_at) values (:client, :code, :at)
                        on conflict do nothing""")
                .setParameter("client", clientId).setParameter("code", serviceCode).setParameter("at", at)
                .executeUpdate() == 1;
        forgetAnswersOnceCommitted();
        return created;
    }

    public boolean revoke(String clientId, String serviceCode) {
        boolean revoked = entityManager.createNativeQuery(
                        "delete from integration_grant where client_id = :client and service_code = :code")
                .setParameter("client", clientId).setParameter("code", serviceCode).executeUpdate() == 1;
        forgetAnswersOnceCommitted();
        return revoked;
    }

    // not before the commit: a request in between would cache the old answer again
    private void forgetAnswersOnceCommitted() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                answers.invalidateAll().await().indefinitely();
            }
        });
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
