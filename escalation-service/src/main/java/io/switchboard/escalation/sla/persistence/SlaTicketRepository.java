package io.switchboard.escalation.sla.persistence;

import io.switchboard.escalation.sla.domain.Metric;
import io.switchboard.escalation.sla.domain.SlaTicket;
import io.switchboard.escalation.sla.domain.SlaTimer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tickets' clocks and their durable timers. Every path that changes either locks the ticket's row first. */
@ApplicationScoped
public class SlaTicketRepository {

    private final EntityManager entityManager;

    SlaTicketRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<SlaTicket> find(UUID ticketId) {
        return Optional.ofNullable(entityManager.find(SlaTicket.class, ticketId));
    }

    public Optional<SlaTicket> lock(UUID ticketId) {
        return Optional.ofNullable(entityManager.find(SlaTicket.class, ticketId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The service's tickets with clocks, locked, for a recomputation after its policies or business hours changed. */
    public List<SlaTicket> lockOfService(String serviceCode) {
        return entityManager.createQuery("from SlaTicket t where t.serviceCode = :code order by t.ticketId",
                SlaTicket.class).setParameter("code", serviceCode).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public void add(SlaTicket ticket) {
        entityManager.persist(ticket);
        entityManager.flush(); // the timers reference the row
    }

    /** Replaces the ticket's timers with the ones its clocks need now. */
    public void replaceTimers(UUID ticketId, List<SlaTimer> timers) {
        entityManager.createNativeQuery("delete from sla_timer where ticket_id = :id").setParameter("id", ticketId)
                .executeUpdate();
        for (SlaTimer timer : timers) {
            entityManager.createNativeQuery("""
                            insert into sla_timer (ticket_id, metric, kind, due_at) values (:id, :metric, :kind, :due)""")
                    .setParameter("id", ticketId).setParameter("metric", timer.metric().name())
                    .setParameter("kind", timer.kind().name()).setParameter("due", timer.dueAt()).executeUpdate();
        }
    }

    /**
     * Claims tickets with a timer due by {@code now}: their rows stay locked until commit, and tickets another
     * instance (or another claim) holds are skipped, so each timer is fired by one claim only.
     */
    public List<UUID> claimDue(Instant now, int limit) {
        return entityManager.createNativeQuery("""
                        select t.ticket_id from sla_ticket t
                        where t.ticket_id in (select ticket_id from sla_timer where due_at <= :now)
                        order by t.ticket_id limit :limit for update of t skip locked""", UUID.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
    }

    /** Removes and returns a claimed ticket's due timers, oldest first (a warning before its breach). */
    public List<SlaTimer> takeDue(UUID ticketId, Instant now) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select metric, kind, due_at from sla_timer where ticket_id = :id and due_at <= :now""",
                        Object[].class).setParameter("id", ticketId).setParameter("now", now).getResultList();
        entityManager.createNativeQuery("delete from sla_timer where ticket_id = :id and due_at <= :now")
                .setParameter("id", ticketId).setParameter("now", now).executeUpdate();
        return rows.stream().map(row -> new SlaTimer(Metric.valueOf((String) row[0]),
                        SlaTimer.Kind.valueOf((String) row[1]), instant(row[2])))
                .sorted((a, b) -> a.dueAt().compareTo(b.dueAt()) != 0 ? a.dueAt().compareTo(b.dueAt())
                        : a.kind().compareTo(b.kind()))
                .toList();
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
