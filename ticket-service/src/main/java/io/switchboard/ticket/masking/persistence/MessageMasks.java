package io.switchboard.ticket.masking.persistence;

import io.switchboard.ticket.masking.domain.MessageMask;
import jakarta.enterprise.context.ApplicationScoped;
import io.switchboard.ticket.ticket.domain.TicketMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
