package io.switchboard.ticket.view.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** How an operator's open tickets stand against their SLA clocks, per service (V25's ticket_sla). */
@ApplicationScoped
public class SlaWatchRepository {

    private final EntityManager entityManager;

    SlaWatchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per service, the assignee's open tickets with a clock past due, and those past a warning but not yet due. */
    public record Counts(String serviceCode, long overdue, long atRisk) {
    }

    public List<Counts> counts(String assignee, Collection<String> serviceCodes, Instant now) {
        if (serviceCodes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select t.serviceCode, sum(case when s.overdue then 1 else 0 end),
                               sum(case when not s.overdue and s.nextWarnAt <= :now then 1 else 0 end)
                        from TicketSla s, Ticket t
                        where t.id = s.ticketId and t.assignee = :assignee and t.deletedAt is null
                          and t.serviceCode in :codes
                          and t.status not in (io.switchboard.ticket.ticket.domain.TicketStatus.COMPLETED,
                                               io.switchboard.ticket.ticket.domain.TicketStatus.INTERNALLY_RESOLVED)
                        group by t.serviceCode""", Object[].class)
                .setParameter("assignee", assignee).setParameter("codes", serviceCodes).setParameter("now", now)
                .getResultStream()
                .map(r -> new Counts((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }
}
