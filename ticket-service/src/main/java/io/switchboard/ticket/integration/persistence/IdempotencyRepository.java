package io.switchboard.ticket.integration.persistence;

import io.switchboard.ticket.integration.domain.StoredResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code idempotency_record}: one row per (caller, key) with the request hash and the first response. */
@ApplicationScoped
public class IdempotencyRepository {

    /** A stored key; {@code response} is null while its request is still running. */
    public record Stored(String requestHash, StoredResponse response) {
    }

    private final EntityManager entityManager;

    IdempotencyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts the key; false if it exists (after waiting for a concurrent inserter to finish). */
    public boolean claim(String caller, String key, String requestHash, Instant now, Instant expiresAt) {
        return entityManager.createNativeQuery("""
                        insert into idempotency_record (caller, idempotency_key, request_hash, created_at, expires_at)
                        values (:caller, :key, :hash, :now, :expires) on conflict do nothing""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", requestHash)
                .setParameter("now", now).setParameter("expires", expiresAt).executeUpdate() == 1;
    }

    public void complete(String caller, String key, StoredResponse response) {
        entityManager.createNativeQuery("""
                        update idempotency_record set response_status = :status, response_location = :location,
                               response_body = :body
                        where caller = :caller and idempotency_key = :key""")
                .setParameter("status", response.status()).setParameter("location", response.location())
                .setParameter("body", response.body()).setParameter("caller", caller).setParameter("key", key)
                .executeUpdate();
    }

    public Optional<Stored> find(String caller, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select request_hash, response_status, response_location, response_body
                        from idempotency_record where caller = :caller and idempotency_key = :key""")
                .setParameter("caller", caller).setParameter("key", key).getResultList();
        return rows.stream().findFirst().map(row -> new Stored(((String) row[0]).strip(),
                row[1] == null ? null : new StoredResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3])));
    }

    public void deleteExpired(String caller, String key, Instant now) {
        entityManager.createNativeQuery(
                        "delete from idempotency_record where caller = :caller and idempotency_key = :key and expires_at <= :now")
                .setParameter("caller", caller).setParameter("key", key).setParameter("now", now).executeUpdate();
    }

    public int purge(Instant now) {
        return entityManager.createNativeQuery("delete from idempotency_record where expires_at <= :now")
                .setParameter("now", now).executeUpdate();
    }
}
