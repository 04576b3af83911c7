package io.switchboard.ticket.escalation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The escalations carried out here, by escalation id; see V23__escalation_transfer.sql. Dooray escalations claim
 * their id here too (no issue ticket), so a task's creation moves its ticket once.
 */
@ApplicationScoped
public class EscalationTransferRepository {

    /** An escalation that opened an issue ticket. */
    public record Transfer(UUID escalationId, UUID sourceTicketId, UUID issueTicketId) {
    }

    private final EntityManager entityManager;

    EscalationTransferRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True for the first claim of the escalation; a second one finds the row and changes nothing. */
    public boolean claim(UUID escalationId, UUID sourceTicketId, String requestedBy, Instant now) {
        return entityManager.createNativeQuery("""
                        insert into escalation_transfer (escalation_id, source_ticket_id, requested_by, applied_at)
                        values (:id, :source, :by, :now) on conflict do nothing""")
                .setParameter("id", escalationId).setParameter("source", sourceTicketId)
                .setParameter("by", requestedBy).setParameter("now", now)
                .executeUpdate() == 1;
    }

    public void opened(UUID escalationId, UUID issueTicketId) {
        entityManager.flush(); // the issue ticket's row first: the column references it
        entityManager.createNativeQuery("update escalation_transfer set issue_ticket_id = :issue where escalation_id = :id")
                .setParameter("issue", issueTicketId).setParameter("id", escalationId).executeUpdate();
    }

    /** The escalation that opened this issue ticket, if it was opened by one. */
    public Optional<Transfer> ofIssue(UUID issueTicketId) {
        List<?> rows = entityManager.createNativeQuery("""
                        select escalation_id, source_ticket_id from escalation_transfer where issue_ticket_id = :issue""")
                .setParameter("issue", issueTicketId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Transfer((UUID) columns[0], (UUID) columns[1], issueTicketId);
        });
    }
}
