package io.switchboard.ticket.view.persistence;

import io.switchboard.ticket.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Open callback reservations (약속콜) of an operator's tickets, read through V21's partial index
 * {@code ticket_callback_by_assignee}: only tickets holding a reservation are in it.
 */
@ApplicationScoped
public class CallbackRepository {

    private final EntityManager entityManager;

    CallbackRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per service, the assignee's live tickets with an open reservation, and how many of them are due. */
    public record Counts(String serviceCode, long open, long due) {
    }

    public List<Counts> counts(String assignee, Collection<String> serviceCodes, Instant now) {
        if (serviceCodes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select t.serviceCode, count(t), sum(case when t.callback.at <= :now then 1 else 0 end)
                        from Ticket t
                        where t.assignee = :assignee and t.callback.at is not null and t.deletedAt is null
                          and t.serviceCode in :codes
                        group by t.serviceCode""", Object[].class)
                .setParameter("assignee", assignee).setParameter("codes", serviceCodes).setParameter("now", now)
                .getResultStream()
                .map(r -> new Counts((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    /** The assignee's live tickets of these services with an open reservation, soonest first, at most {@code limit}. */
    public List<Ticket> openOf(String assignee, Collection<String> serviceCodes, int limit) {
        if (serviceCodes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        from Ticket t
                        where t.assignee = :assignee and t.callback.at is not null and t.deletedAt is null
                          and t.serviceCode in :codes
                        order by t.callback.at, t.id""", Ticket.class)
                .setParameter("assignee", assignee).setParameter("codes", serviceCodes).setMaxResults(limit)
                .getResultList();
    }
}
