package io.switchboard.ticket.view.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * How an operator's open tickets stand against their SLA clocks, per service (V25's ticket_sla). Open is every status
 * but COMPLETED and INTERNALLY_RESOLVED, as V43's triggers keep it in {@code ticket_open}.
 */
@ApplicationScoped
public class SlaWatchRepository {

    private final EntityManager entityManager;

    SlaWatchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Per service, the assignee's open tickets with a clock past due, and those past a warning but not yet due. */
    public record Counts(String serviceCode, long overdue, long atRisk) {
    }

    /**
     * One range of the operator's own clocks in V43's {@code ticket_sla_watch}: each clock row carries its ticket's
     * assignee, service and openness (kept by triggers), and the index holds only the open tickets' clocks that can
     * count ({@code overdue or next_warn_at} set), so nobody else's clocks and no ticket row are read.
     */
    public List<Counts> counts(String assignee, Collection<String> serviceCodes, Instant now) {
        if (serviceCodes.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select workspace_code, count(*) filter (where overdue),
                               count(*) filter (where not overdue and next_warn_at <= :now)
                        from ticket_sla
                        where assignee = :assignee and workspace_code in (:codes) and ticket_open
                          and (overdue or next_warn_at is not null)
                        group by workspace_code""")
                .setParameter("assignee", assignee).setParameter("codes", serviceCodes).setParameter("now", now)
                .getResultList();
        return rows.stream()
                .map(r -> new Counts((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .filter(c -> c.overdue() > 0 || c.atRisk() > 0)
                .toList();
    }
}
