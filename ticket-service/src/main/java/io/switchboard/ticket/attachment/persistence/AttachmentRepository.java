package io.switchboard.ticket.attachment.persistence;

import io.switchboard.ticket.attachment.domain.Attachment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Attachment metadata ({@code attachment}); the bytes are in the AttachmentStorage. */
@ApplicationScoped
public class AttachmentRepository {

    private final EntityManager entityManager;

    AttachmentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Attachment attachment) {
        entityManager.persist(attachment);
    }

    public Optional<Attachment> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Attachment.class, id));
    }

    /** Oldest first. */
    public List<Attachment> ofTicket(UUID ticketId) {
        return entityManager.createQuery("from Attachment a where a.ticketId = :ticket order by a.createdAt, a.id",
                Attachment.class).setParameter("ticket", ticketId).getResultList();
    }

    /** Oldest first. */
    public List<Attachment> ofMessages(Collection<UUID> messageIds) {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from Attachment a where a.messageId in :messages order by a.createdAt, a.id",
                Attachment.class).setParameter("messages", messageIds).getResultList();
    }
}
