package io.switchboard.ticket.view.persistence;

import io.switchboard.ticket.ticket.domain.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The ticket counts of V17: totals ({@code ticket_count}) plus the deltas the ticket table's trigger appended
 * since the last fold ({@code ticket_count_delta}), read in one statement so a concurrent fold is never seen
 * half-done.
 */
@ApplicationScoped
public class CountRepository {

    /** Any number; the fold's advisory lock, so that one instance folds at a time. */
    private static final long FOLD_LOCK = 0x7469636b6574L;

    private final EntityManager entityManager;

    CountRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Live (not deleted) tickets of a key. */
    public record Row(String serviceCode, TicketStatus status, boolean spam, boolean sub, String assignee,
                      UUID groupId, long tickets) {
    }

    /** Every non-empty key of these services. */
    public List<Row> of(Collection<String> serviceCodes) {
        if (serviceCodes.isEmpty()) {
            return List.of();
        }
        return rows("""
                select workspace_code, status, spam, sub, assignee, group_id, sum(n) from (
                    select workspace_code, status, spam, sub, assignee, group_id, tickets as n from ticket_count
                    where workspace_code in (:codes)
                    union all
                    select workspace_code, status, spam, sub, assignee, group_id, delta from ticket_count_delta
                    where workspace_code in (:codes)) k
                group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0""", serviceCodes, null, null);
    }

    /**
     * The sub-tickets of a service that the viewer sees only because they are assigned its parent: not in their
     * groups, not assigned to them ({@code ticket_sub_by_parent_assignee}, V22).
     */
    public List<Row> subTicketsOfParentsAssignedTo(String serviceCode, String viewer, Set<UUID> viewerGroups) {
        return rows("""
                select c.workspace_code, c.status,
                       c.status = 'INTERNALLY_RESOLVED' and c.internal_resolution is not distinct from 'SPAM', true,
                       c.assignee, c.group_id, count(*)
                from ticket c
                where c.workspace_code in (:codes) and c.parent_id is not null and c.deleted_at is null
                  and c.parent_assignee = :viewer and c.assignee is distinct from :viewer %s
                group by 1, 2, 3, 4, 5, 6""".formatted(viewerGroups.isEmpty() ? ""
                        : "and (c.group_id is null or c.group_id not in (:groups))"),
                List.of(serviceCode), viewer, viewerGroups.isEmpty() ? null : viewerGroups);
    }

    /** Per status, the starred live tickets of the viewer in these services, with what the views need. */
    public List<Row> starred(Collection<String> serviceCodes, String viewer) {
        if (serviceCodes.isEmpty()) {
            return List.of();
        }
        return rows("""
                select t.workspace_code, t.status,
                       t.status = 'INTERNALLY_RESOLVED' and t.internal_resolution is not distinct from 'SPAM',
                       t.parent_id is not null and not (t.assignee is not distinct from :viewer
                           or exists (select 1 from group_member g where g.group_id = t.group_id and g.username = :viewer)
                           or t.parent_assignee is not distinct from :viewer),
                       t.assignee, t.group_id, count(*)
                from ticket_star s join ticket t on t.id = s.ticket_id
                where s.username = :viewer and t.workspace_code in (:codes) and t.deleted_at is null
                group by 1, 2, 3, 4, 5, 6""", serviceCodes, viewer, null);
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(String sql, Collection<String> codes, String viewer, Set<UUID> groups) {
        var query = entityManager.createNativeQuery(sql).setParameter("codes", codes);
        if (viewer != null) {
            query.setParameter("viewer", viewer);
        }
        if (groups != null) {
            query.setParameter("groups", groups);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Row((String) r[0], TicketStatus.valueOf((String) r[1]), (Boolean) r[2], (Boolean) r[3],
                        (String) r[4], (UUID) r[5], ((Number) r[6]).longValue()))
                .toList();
    }

    /**
     * Moves the pending deltas of the view counts and the inflow buckets into their totals, unless another instance is folding (then false). Deltas appended
     * meanwhile are not seen by the delete, so they wait for the next fold.
     */
    public boolean fold() {
        boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", FOLD_LOCK).getSingleResult();
        if (!locked) {
            return false;
        }
        entityManager.createNativeQuery("""
                with moved as (delete from ticket_count_delta
                               returning workspace_code, status, spam, sub, assignee, group_id, delta)
                insert into ticket_count (workspace_code, status, spam, sub, assignee, group_id, tickets)
                select workspace_code, status, spam, sub, assignee, group_id, sum(delta) from moved
                group by 1, 2, 3, 4, 5, 6
                on conflict on constraint ticket_count_key do update set tickets = ticket_count.tickets + excluded.tickets""")
                .executeUpdate();
        entityManager.createNativeQuery("delete from ticket_count where tickets = 0").executeUpdate();
        entityManager.createNativeQuery("""
                with moved as (delete from ticket_inflow_delta returning workspace_code, created_quarter, status, delta)
                insert into ticket_inflow (workspace_code, created_quarter, status, tickets)
                select workspace_code, created_quarter, status, sum(delta) from moved group by 1, 2, 3
                on conflict on constraint ticket_inflow_key do update set tickets = ticket_inflow.tickets + excluded.tickets""")
                .executeUpdate();
        entityManager.createNativeQuery("delete from ticket_inflow where tickets = 0").executeUpdate();
        return true;
    }

    /**
     * Live tickets of a service created in quarter hours {@code [from, to)} (V19's buckets: {@code from} is rounded
     * down to its quarter hour), and how many of them are in these statuses now.
     */
    public Received received(String serviceCode, Instant from, Instant to, Collection<TicketStatus> statuses) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select coalesce(sum(n), 0), coalesce(sum(n) filter (where status in (:statuses)), 0) from (
                            select status, tickets as n from ticket_inflow
                            where workspace_code = :code and created_quarter >= ticket_quarter(:from)
                              and created_quarter < :to
                            union all
                            select status, delta from ticket_inflow_delta
                            where workspace_code = :code and created_quarter >= ticket_quarter(:from)
                              and created_quarter < :to) k""")
                .setParameter("code", serviceCode).setParameter("from", from).setParameter("to", to)
                .setParameter("statuses", statuses.stream().map(Enum::name).toList()).getSingleResult();
        return new Received(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Tickets received in a period, and how many of them are in the statuses asked about. */
    public record Received(long tickets, long inStatuses) {
    }
}
