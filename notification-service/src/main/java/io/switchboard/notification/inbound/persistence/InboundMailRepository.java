package io.switchboard.notification.inbound.persistence;

import io.switchboard.notification.inbound.domain.InboundAttachment;
import io.switchboard.notification.inbound.domain.InboundMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InboundMailRepository {

    private final EntityManager entityManager;

    InboundMailRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Object entity) {
        entityManager.persist(entity);
    }

    public Optional<InboundMail> find(UUID id) {
        return Optional.ofNullable(entityManager.find(InboundMail.class, id));
    }

    public void remove(InboundMail mail) {
        entityManager.createQuery("delete from InboundAttachment a where a.mailId = :id").setParameter("id", mail.id())
                .executeUpdate();
        entityManager.remove(mail);
    }

    /** Whether the service imported this mail already: by Message-ID, or by content when it has none. */
    public boolean imported(String serviceCode, String messageId, String contentHash) {
        String match = messageId != null ? "m.messageId = :key" : "m.messageId is null and m.contentHash = :key";
        return !entityManager.createQuery("select m.id from InboundMail m where m.serviceCode = :service and " + match
                        + " and m.status in (:imported, :released)", UUID.class)
                .setParameter("service", serviceCode).setParameter("key", messageId != null ? messageId : contentHash)
                .setParameter("imported", InboundMail.Status.IMPORTED).setParameter("released", InboundMail.Status.RELEASED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<InboundAttachment> attachment(UUID mailId, int index) {
        return Optional.ofNullable(entityManager.find(InboundAttachment.class, new InboundAttachment.Key(mailId, index)));
    }

    /** Quarantined mail of those services (all when null), newest first, after the given one. */
    public List<InboundMail> quarantined(Collection<String> services, String serviceCode, Instant afterAt, UUID afterId,
                                         int limit) {
        StringBuilder jpql = new StringBuilder("from InboundMail m where m.status = :status");
        if (services != null) {
            jpql.append(" and m.serviceCode in :services");
        }
        if (serviceCode != null) {
            jpql.append(" and m.serviceCode = :service");
        }
        if (afterAt != null) {
            jpql.append(" and (m.receivedAt < :afterAt or (m.receivedAt = :afterAt and m.id > :afterId))");
        }
        var query = entityManager.createQuery(jpql + " order by m.receivedAt desc, m.id", InboundMail.class)
                .setParameter("status", InboundMail.Status.QUARANTINED);
        if (services != null) {
            query.setParameter("services", services);
        }
        if (serviceCode != null) {
            query.setParameter("service", serviceCode);
        }
        if (afterAt != null) {
            query.setParameter("afterAt", afterAt).setParameter("afterId", afterId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    /** Forgets mails read before {@code before}, except quarantined ones (and their files with them). */
    public int purgeLog(Instant before) {
        return entityManager.createNativeQuery(
                        "delete from inbound_mail where received_at < :before and status <> 'QUARANTINED'")
                .setParameter("before", before).executeUpdate();
    }

    /** Drops the files of mails received before {@code before}: ticket-service fetched them long ago. */
    public int purgeAttachments(Instant before) {
        return entityManager.createNativeQuery("""
                        delete from inbound_attachment a using inbound_mail m
                        where a.mail_id = m.id and m.received_at < :before""")
                .setParameter("before", before).executeUpdate();
    }
}
