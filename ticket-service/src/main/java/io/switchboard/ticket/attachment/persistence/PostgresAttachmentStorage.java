package io.switchboard.ticket.attachment.persistence;

import io.switchboard.ticket.attachment.domain.AttachmentStorage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Keeps attachment bytes in {@code attachment_blob} (bytea), inside the caller's transaction. */
@ApplicationScoped
public class PostgresAttachmentStorage implements AttachmentStorage {

    private final EntityManager entityManager;

    PostgresAttachmentStorage(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(String key, byte[] content) {
        entityManager.createNativeQuery("insert into attachment_blob (storage_key, content) values (:key, :content)")
                .setParameter("key", key).setParameter("content", content).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<byte[]> get(String key) {
        @SuppressWarnings("unchecked")
        List<byte[]> rows = entityManager.createNativeQuery("select content from attachment_blob where storage_key = :key")
                .setParameter("key", key).getResultList();
        return rows.stream().findFirst();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(String key) {
        entityManager.createNativeQuery("delete from attachment_blob where storage_key = :key")
                .setParameter("key", key).executeUpdate();
    }
}
