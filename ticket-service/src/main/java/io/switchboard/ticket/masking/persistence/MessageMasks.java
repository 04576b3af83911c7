package io.switchboard.ticket.masking.persistence;

import io.switchboard.ticket.masking.domain.MessageMask;
import jakarta.enterprise.context.ApplicationScoped;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The masks of messages and of tickets' content (table message_mask). */
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

    /** The ticket's content, its row locked until commit (as {@link #lockMessage} does for a message). */
    public String lockContent(UUID ticketId) {
        return (String) entityManager.createNativeQuery("select content from ticket where id = :id for update")
                .setParameter("id", ticketId).getSingleResult();
    }

    /**
     * Writes the ticket's content as masking left it, without counting as a change of the ticket (its version
     * stays, so nobody's open reply turns stale by a mask); a managed copy of the ticket is read again.
     */
    public void rewriteContent(UUID ticketId, String content) {
        entityManager.createNativeQuery("update ticket set content = :content where id = :id")
                .setParameter("content", content).setParameter("id", ticketId).executeUpdate();
        Ticket managed = entityManager.find(Ticket.class, ticketId);
        if (managed != null) {
            entityManager.refresh(managed);
        }
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

    /** The masks of a ticket's messages, by message and position. */
    public List<MessageMask> ofMessagesOf(UUID ticketId) {
        return entityManager.createQuery("from MessageMask m where m.ticketId = :id and m.messageId is not null "
                + "order by m.messageId, m.start", MessageMask.class).setParameter("id", ticketId).getResultList();
    }

    /** The masks of a ticket's own content, by position. */
    public List<MessageMask> ofContent(UUID ticketId) {
        return entityManager.createQuery("from MessageMask m where m.ticketId = :id and m.messageId is null "
                + "order by m.start", MessageMask.class).setParameter("id", ticketId).getResultList();
    }

    public List<MessageMask> ofMessage(UUID messageId) {
        return entityManager.createQuery("from MessageMask m where m.messageId = :id order by m.start",
                MessageMask.class).setParameter("id", messageId).getResultList();
    }

    /** The id before every mask's, to start {@link #sealedUnder} from (PostgreSQL orders uuids as unsigned bytes). */
    public static final UUID FIRST = new UUID(0L, 0L);

    /** Up to {@code limit} masks sealed under one of the keys, in id order after {@code after}. */
    public List<MessageMask> sealedUnder(Collection<String> keyIds, UUID after, int limit) {
        return entityManager.createQuery("from MessageMask m where m.keyId in :keys and m.id > :after order by m.id",
                        MessageMask.class)
                .setParameter("keys", keyIds).setParameter("after", after).setMaxResults(limit).getResultList();
    }

    /** Per key that is none of {@code listed}: how many masks it sealed (they cannot be unmasked). */
    public Map<String, Long> sealedUnderOtherKeys(Collection<String> listed) {
        return entityManager.createQuery("select m.keyId, count(m) from MessageMask m where m.keyId not in :keys "
                        + "group by m.keyId", Object[].class)
                .setParameter("keys", listed).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
