package io.switchboard.ticket.view.persistence;

import io.switchboard.ticket.ticket.domain.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** How an operator's open tickets stand against their SLA clocks, per service (V25's ticket_sla). */
@ApplicationScoped
public class SlaWatchRepository {

    /** The statuses in which a ticket's clocks can still be watched: all but the two closed for good. */
    private static final Set<TicketStatus> OPEN = EnumSet.complementOf(
            EnumSet.of(TicketStatus.COMPLETED, TicketStatus.INTERNALLY_RESOLVED));

    private final EntityManager entityManager;

    SlaWatchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per service, the assignee's open tickets with a clock past due, and those past a warning but not yet due. */
    public record Counts(String serviceCode, long overdue, long atRisk) {
    }

    /**
     * Only clocks that can count are read ({@code overdue or nextWarnAt <= now}, V42's {@code ticket_sla_attention}),
     * joined to the assignee's open tickets with their service ({@code ticket_by_assignee_status}): both index-only.
     * A deleted ticket is always a closed one (only the spam box's are deleted), so the status settles it.
     */
    public List<Counts> counts(String assignee, Collection<String> serviceCodes, Instant now) {
        if (serviceCodes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select t.serviceCode, sum(case when s.overdue then 1 else 0 end),
                               sum(case when not s.overdue and s.nextWarnAt <= :now then 1 else 0 end)
                        from TicketSla s, Ticket t
                        where t.id = s.ticketId and t.assignee = :assignee and t.status in :open
                          and t.serviceCode in :codes and (s.overdue or s.nextWarnAt <= :now)
                        group by t.serviceCode""", Object[].class)
                .setParameter("assignee", assignee).setParameter("open", OPEN).setParameter("codes", serviceCodes)
                .setParameter("now", now)
                .getResultStream()
                .map(r -> new Counts((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }
}
