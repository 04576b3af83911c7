package io.switchboard.notification.mail.persistence;

import io.switchboard.notification.mail.domain.ImapAccount;
import io.switchboard.notification.mail.domain.MailLayout;
import io.switchboard.notification.mail.domain.MailSettings;
import io.switchboard.notification.mail.domain.MailThreadEntry;
import io.switchboard.notification.mail.domain.ReplyType;
import io.switchboard.notification.mail.domain.TicketCopy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mail settings, layouts, and what is known of tickets and their conversations. */
@ApplicationScoped
public class MailRepository {

    private final EntityManager entityManager;

    MailRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<MailSettings> settings(String serviceCode) {
        return Optional.ofNullable(entityManager.find(MailSettings.class, serviceCode));
    }

    public void add(Object entity) {
        entityManager.persist(entity);
    }

    public void remove(Object entity) {
        entityManager.remove(entity);
    }

    public List<MailLayout> layouts(String serviceCode) {
        return entityManager.createQuery("from MailLayout l where l.serviceCode = :service order by l.replyType, l.language",
                MailLayout.class).setParameter("service", serviceCode).getResultList();
    }

    public Optional<MailLayout> layout(String serviceCode, ReplyType type, String language) {
        return Optional.ofNullable(entityManager.find(MailLayout.class, new MailLayout.Key(serviceCode, type, language)));
    }

    /** The settings, locked until the transaction ends, so a version check and the change are one step. */
    public Optional<MailSettings> lockSettings(String serviceCode) {
        return Optional.ofNullable(entityManager.find(MailSettings.class, serviceCode, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The layout, locked until the transaction ends (see {@link #lockSettings}). */
    public Optional<MailLayout> lockLayout(String serviceCode, ReplyType type, String language) {
        return Optional.ofNullable(entityManager.find(MailLayout.class, new MailLayout.Key(serviceCode, type, language),
                LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<TicketCopy> ticket(UUID ticketId) {
        return Optional.ofNullable(entityManager.find(TicketCopy.class, ticketId));
    }

    /** The ticket's copy, locked until commit: its events arrive on one partition, but instances may overlap. */
    public Optional<TicketCopy> lockTicket(UUID ticketId) {
        return Optional.ofNullable(entityManager.find(TicketCopy.class, ticketId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The ticket's conversation, oldest first. */
    public List<MailThreadEntry> thread(UUID ticketId) {
        return entityManager.createQuery("from MailThreadEntry e where e.ticketId = :ticket order by e.addedAt, e.mailMessageId",
                MailThreadEntry.class).setParameter("ticket", ticketId).getResultList();
    }

    public boolean inThread(UUID ticketId, String mailMessageId) {
        return entityManager.find(MailThreadEntry.class, new MailThreadEntry.Key(ticketId, mailMessageId)) != null;
    }

    /** The ticket whose conversation holds this Message-ID, if any. */
    public Optional<UUID> ticketOf(String mailMessageId) {
        return entityManager.createQuery("select e.ticketId from MailThreadEntry e where e.mailMessageId = :id",
                UUID.class).setParameter("id", mailMessageId).setMaxResults(1).getResultStream().findFirst();
    }

    public List<ImapAccount> imapAccounts(String serviceCode) {
        return entityManager.createQuery("from ImapAccount a where a.serviceCode = :service order by a.createdAt, a.id",
                ImapAccount.class).setParameter("service", serviceCode).getResultList();
    }

    public Optional<ImapAccount> imapAccount(UUID id) {
        return Optional.ofNullable(entityManager.find(ImapAccount.class, id));
    }

    /** The account, locked until commit; its lease and position change only under this lock. */
    public Optional<ImapAccount> lockImapAccount(UUID id) {
        return Optional.ofNullable(entityManager.find(ImapAccount.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The ids of every enabled account, for the pollers. */
    public List<UUID> enabledImapAccounts() {
        return entityManager.createQuery("select a.id from ImapAccount a where a.enabled = true order by a.createdAt",
                UUID.class).getResultList();
    }
}
