package io.switchboard.ticket.mail.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class InboundMailRepository {

    private final EntityManager entityManager;

    InboundMailRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean applied(UUID mailId) {
        return !entityManager.createNativeQuery("select 1 from inbound_mail where mail_id = :id")
                .setParameter("id", mailId).getResultList().isEmpty();
    }

    /** True for the first claim of the mail; a second one (in another transaction) finds the row and changes nothing. */
    public boolean claim(UUID mailId, String serviceCode, Instant now) {
        return entityManager.createNativeQuery("""
                        insert into inbound_mail (mail_id, service_code, applied_at) values (:id, :code, :now)
                        on conflict do nothing""")
                .setParameter("id", mailId).setParameter("code", serviceCode).setParameter("now", now)
                .executeUpdate() == 1;
    }

    public void appliedTo(UUID mailId, UUID ticketId) {
        entityManager.flush();
        entityManager.createNativeQuery("update inbound_mail set ticket_id = :ticket where mail_id = :id")
                .setParameter("ticket", ticketId).setParameter("id", mailId).executeUpdate();
    }
}
