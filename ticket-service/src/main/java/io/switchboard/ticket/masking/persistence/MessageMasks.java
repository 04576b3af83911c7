package io.switchboard.ticket.masking.persistence;

import io.switchboard.ticket.masking.domain.MessageMask;
import jakarta.enterprise.context.ApplicationScoped;
import io.switchboard.ticket.ticket.domain.TicketMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The masks of messages (table message_mask). */
@ApplicationScoped
public class MessageMasks {

    private final EntityManager entityManager;

    MessageMasks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The message, locked until commit so that two masks of one message are made one after the other. */
    public Optional<TicketMessage> lockMessage(UUID id) {
        return Optional.ofNullable(entityManager.find(TicketMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(MessageMask mask) {
        entityManager.persist(mask);
    }

    public void remove(MessageMask mask) {
        entityManager.remove(mask);
    }

    public Optional<MessageMask> find(UUID id) {
        return Optional.ofNullable(entityManager.find(MessageMask.class, id));
    }

    /** A ticket's masks, by message and position. */
    public List<MessageMask> ofTicket(UUID ticketId) {
        return entityManager.createQuery("from MessageMask m where m.ticketId = :id order by m.messageId, m.start",
                MessageMask.class).setParameter("id", ticketId).getResultList();
    }

    public List<MessageMask> ofMessage(UUID messageId) {
        return entityManager.createQuery("from MessageMask m where m.messageId = :id order by m.start",
                MessageMask.class).setParameter("id", messageId).getResultList();
    }

    /** Up to {@code limit} masks sealed under another key than {@code keyId}. */
    public List<MessageMask> sealedUnderOtherKeyThan(String keyId, int limit) {
        return entityManager.createQuery("from MessageMask m where m.keyId <> :key order by m.id", MessageMask.class)
                .setParameter("key", keyId).setMaxResults(limit).getResultList();
    }
}
