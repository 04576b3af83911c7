package io.switchboard.escalation.dooray.persistence;

import io.switchboard.escalation.dooray.domain.DoorayComment;
import io.switchboard.escalation.dooray.domain.DoorayEscalation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Dooray escalations and their tasks' comments; see V11__dooray_escalation.sql. */
@ApplicationScoped
public class DoorayEscalationRepository {

    private final EntityManager entityManager;

    DoorayEscalationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<DoorayEscalation> find(UUID id) {
        return Optional.ofNullable(entityManager.find(DoorayEscalation.class, id));
    }

    /** Locked until commit, so a hook and a reconciliation of one task apply one after the other. */
    public Optional<DoorayEscalation> lock(UUID id) {
        return Optional.ofNullable(entityManager.find(DoorayEscalation.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<DoorayEscalation> lockByTask(String serviceCode, String projectId, String taskId) {
        return entityManager.createQuery("""
                        from DoorayEscalation e where e.serviceCode = :service and e.projectId = :project
                        and e.taskId = :task""", DoorayEscalation.class)
                .setParameter("service", serviceCode).setParameter("project", projectId).setParameter("task", taskId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /** Newest first. */
    public List<DoorayEscalation> ofTicket(UUID ticketId) {
        return entityManager.createQuery("from DoorayEscalation e where e.ticketId = :ticket order by e.requestedAt desc",
                DoorayEscalation.class).setParameter("ticket", ticketId).getResultList();
    }

    /** Whether a later escalation of the same ticket exists: then this task no longer moves the ticket. */
    public boolean superseded(DoorayEscalation escalation) {
        return !entityManager.createQuery("""
                        select e.id from DoorayEscalation e where e.ticketId = :ticket and e.requestedAt > :at""", UUID.class)
                .setParameter("ticket", escalation.ticketId()).setParameter("at", escalation.requestedAt())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** OPEN escalations not read from Dooray since {@code before}, least recently read first. */
    public List<UUID> openNotSyncedSince(Instant before, int limit) {
        return entityManager.createQuery("""
                        select e.id from DoorayEscalation e
                        where e.status = io.switchboard.escalation.dooray.domain.DoorayEscalation.Status.OPEN
                        and e.lastSyncedAt < :before order by e.lastSyncedAt""", UUID.class)
                .setParameter("before", before).setMaxResults(limit).getResultList();
    }

    /** PENDING escalations requested before {@code before}: their request to Dooray did not finish. */
    public List<UUID> pendingSince(Instant before, int limit) {
        return entityManager.createQuery("""
                        select e.id from DoorayEscalation e
                        where e.status = io.switchboard.escalation.dooray.domain.DoorayEscalation.Status.PENDING
                        and e.requestedAt < :before order by e.requestedAt""", UUID.class)
                .setParameter("before", before).setMaxResults(limit).getResultList();
    }

    public List<UUID> withNoticePending(int limit) {
        return entityManager.createQuery("select e.id from DoorayEscalation e where e.noticePending = true", UUID.class)
                .setMaxResults(limit).getResultList();
    }

    public void add(DoorayEscalation escalation) {
        entityManager.persist(escalation);
        entityManager.flush(); // a concurrent second escalation of the ticket surfaces here (unique index)
    }

    public void remove(DoorayEscalation escalation) {
        entityManager.remove(escalation);
    }

    /** Stores the comment unless it is known already; true when it is new. */
    public boolean addComment(DoorayComment comment) {
        return entityManager.createNativeQuery("""
                        insert into dooray_comment (escalation_id, comment_id, author_name, author_member_id,
                            author_username, from_switchboard, content, mime_type, created_at)
                        values (:escalation, :comment, :name, :member, :username, :fromSwitchboard, :content, :mime, :at)
                        on conflict do nothing""")
                .setParameter("escalation", comment.escalationId()).setParameter("comment", comment.commentId())
                .setParameter("name", comment.authorName()).setParameter("member", comment.authorMemberId())
                .setParameter("username", comment.authorUsername())
                .setParameter("fromSwitchboard", comment.fromSwitchboard()).setParameter("content", comment.content())
                .setParameter("mime", comment.mimeType()).setParameter("at", comment.createdAt())
                .executeUpdate() == 1;
    }

    /** Oldest first. */
    public List<DoorayComment> comments(UUID escalationId) {
        List<?> rows = entityManager.createNativeQuery("""
                        select comment_id, author_name, author_member_id, author_username, from_switchboard, content,
                               mime_type, created_at
                        from dooray_comment where escalation_id = :escalation order by created_at, comment_id""")
                .setParameter("escalation", escalationId).getResultList();
        return rows.stream().map(row -> {
            Object[] c = (Object[]) row;
            return new DoorayComment(escalationId, (String) c[0], (String) c[1], (String) c[2], (String) c[3],
                    (Boolean) c[4], (String) c[5], (String) c[6], instant(c[7]));
        }).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
