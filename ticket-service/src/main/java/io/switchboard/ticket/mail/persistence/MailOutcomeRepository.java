package io.switchboard.ticket.mail.persistence;

import io.switchboard.ticket.mail.domain.MailOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

@ApplicationScoped
public class MailOutcomeRepository {

    private final EntityManager entityManager;

    MailOutcomeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** True the first time this outcome of the delivery is recorded (see the unique indexes of mail_outcome). */
    public boolean firstRecord(MailOutcome outcome) {
        return entityManager.createNativeQuery("""
                        insert into mail_outcome (delivery_id, outcome, attempts, ticket_id, recorded_at)
                        values (:delivery, :outcome, :attempts, :ticket, now()) on conflict do nothing""")
                .setParameter("delivery", outcome.deliveryId())
                .setParameter("outcome", outcome.failed() ? "FAILED" : "SENT")
                .setParameter("attempts", outcome.attempts())
                .setParameter("ticket", outcome.ticketId())
                .executeUpdate() == 1;
    }
}
