package io.switchboard.ticket.bulk.persistence;

import io.switchboard.ticket.bulk.domain.BulkAction;
import io.switchboard.ticket.bulk.domain.BulkJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@code bulk_job} and {@code bulk_job_item}. */
@ApplicationScoped
public class BulkJobRepository {

    /** Who created a job, as the worker acts for them. */
    public record Creator(String username, String name, String email, Set<String> roles) {
    }

    /** A new item: the ticket, what its creator could see of it, and the version they expect (or null). */
    public record NewItem(UUID ticketId, String serviceCode, String number, Long expectedVersion) {
    }

    /** A pending item claimed by this transaction, with everything needed to process it. */
    public record Claimed(UUID jobId, UUID ticketId, Long expectedVersion, BulkAction action, String command,
                          Creator creator) {
    }

    private final EntityManager entityManager;

    BulkJobRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void insert(UUID id, BulkAction action, String command, Creator creator, Instant createdAt,
                       List<NewItem> items) {
        entityManager.createNativeQuery("""
                        insert into bulk_job (id, action, command, created_by, creator_name, creator_email,
                                              creator_roles, created_at)
                        values (:id, :action, :command, :by, :name, :email, :roles, :at)""")
                .setParameter("id", id).setParameter("action", action.name()).setParameter("command", command)
                .setParameter("by", creator.username()).setParameter("name", creator.name())
                .setParameter("email", creator.email()).setParameter("roles", String.join(",", creator.roles()))
                .setParameter("at", createdAt).executeUpdate();
        for (int position = 0; position < items.size(); position++) {
            NewItem item = items.get(position);
            entityManager.createNativeQuery("""
                            insert into bulk_job_item (job_id, position, ticket_id, service_code, ticket_number,
                                                       expected_version)
                            values (:job, :position, :ticket, :service, :number, :version)""")
                    .setParameter("job", id).setParameter("position", position)
                    .setParameter("ticket", item.ticketId()).setParameter("service", item.serviceCode())
                    .setParameter("number", item.number()).setParameter("version", item.expectedVersion())
                    .executeUpdate();
        }
    }

    public Optional<BulkJob> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> jobs = entityManager.createNativeQuery(
                        "select id, action, created_by, created_at from bulk_job where id = :id")
                .setParameter("id", id).getResultList();
        return jobs.stream().findFirst().map(this::withItems);
    }

    /** The creator's latest jobs, newest first, counted in one query (a list reads none of their items). */
    public List<BulkJob.Summary> recentOf(String username, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> jobs = entityManager.createNativeQuery("""
                        select j.id, j.action, j.created_by, j.created_at, count(*),
                               count(*) filter (where i.outcome = 'DONE'), count(*) filter (where i.outcome = 'FAILED'),
                               max(i.processed_at)
                        from (select * from bulk_job where created_by = :by order by created_at desc, id limit :limit) j
                        join bulk_job_item i on i.job_id = j.id
                        group by j.id, j.action, j.created_by, j.created_at
                        order by j.created_at desc, j.id""")
                .setParameter("by", username).setParameter("limit", limit).getResultList();
        return jobs.stream().map(row -> new BulkJob.Summary((UUID) row[0], BulkAction.valueOf((String) row[1]),
                (String) row[2], instant(row[3]), ((Number) row[4]).intValue(), ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue(), row[7] == null ? null : instant(row[7]))).toList();
    }

    /**
     * Locks the oldest pending item that is due ({@code now} past its next try, if it was put back) and that no other
     * transaction holds (SKIP LOCKED, so several workers share the items); the lock lasts until this transaction ends.
     */
    public Optional<Claimed> claimNext(Instant now) {
        return claim(entityManager.createNativeQuery("""
                select seq from bulk_job_item
                where outcome = 'PENDING' and (next_attempt_at is null or next_attempt_at <= :now)
                order by seq limit 1 for update skip locked""").setParameter("now", now));
    }

    /** Locks this item if it is still pending and no other transaction holds it. */
    public Optional<Claimed> claim(UUID jobId, UUID ticketId) {
        return claim(entityManager.createNativeQuery("""
                select seq from bulk_job_item where job_id = :job and ticket_id = :ticket and outcome = 'PENDING'
                for update skip locked""").setParameter("job", jobId).setParameter("ticket", ticketId));
    }

    /** Row locks this transaction waits for longer than {@code timeout} fail it (lock_not_available) instead. */
    public void waitForLocksAtMost(Duration timeout) {
        entityManager.createNativeQuery("set local lock_timeout = " + Math.max(1, timeout.toMillis())).executeUpdate();
    }

    /** Counts a failed try of a claimed item; answers how often it has been tried. */
    public int countAttempt(UUID jobId, UUID ticketId) {
        return ((Number) entityManager.createNativeQuery("""
                        update bulk_job_item set attempts = attempts + 1
                        where job_id = :job and ticket_id = :ticket returning attempts""")
                .setParameter("job", jobId).setParameter("ticket", ticketId).getSingleResult()).intValue();
    }

    /** Puts a claimed item back, to be tried again from {@code at}. */
    public void retryAt(UUID jobId, UUID ticketId, Instant at) {
        entityManager.createNativeQuery(
                        "update bulk_job_item set next_attempt_at = :at where job_id = :job and ticket_id = :ticket")
                .setParameter("at", at).setParameter("job", jobId).setParameter("ticket", ticketId).executeUpdate();
    }

    private Optional<Claimed> claim(Query lockingQuery) {
        @SuppressWarnings("unchecked")
        List<Number> locked = lockingQuery.getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        select i.job_id, i.ticket_id, i.expected_version, j.action, j.command, j.created_by,
                               j.creator_name, j.creator_email, j.creator_roles
                        from bulk_job_item i join bulk_job j on j.id = i.job_id where i.seq = :seq""")
                .setParameter("seq", locked.get(0).longValue()).getSingleResult();
        Creator creator = new Creator((String) row[5], (String) row[6], (String) row[7],
                Set.of(((String) row[8]).split(",")));
        return Optional.of(new Claimed((UUID) row[0], (UUID) row[1], row[2] == null ? null : ((Number) row[2]).longValue(),
                BulkAction.valueOf((String) row[3]), (String) row[4], creator));
    }

    /** Records a claimed item's outcome; {@code problem} is the failure's problem+json, null when done. */
    public void complete(UUID jobId, UUID ticketId, BulkJob.Outcome outcome, String problem, Instant at) {
        entityManager.createNativeQuery("""
                        update bulk_job_item set outcome = :outcome, problem = :problem, processed_at = :at
                        where job_id = :job and ticket_id = :ticket""")
                .setParameter("outcome", outcome.name()).setParameter("problem", problem).setParameter("at", at)
                .setParameter("job", jobId).setParameter("ticket", ticketId).executeUpdate();
    }

    private BulkJob withItems(Object[] job) {
        UUID id = (UUID) job[0];
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select ticket_id, service_code, ticket_number, outcome, problem, processed_at
                        from bulk_job_item where job_id = :job order by position""")
                .setParameter("job", id).getResultList();
        List<BulkJob.Item> items = rows.stream().map(row -> new BulkJob.Item((UUID) row[0], (String) row[1],
                (String) row[2], BulkJob.Outcome.valueOf((String) row[3]), (String) row[4], instant(row[5]))).toList();
        return new BulkJob(id, BulkAction.valueOf((String) job[1]), (String) job[2], instant(job[3]), items);
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime offset ? offset.toInstant()
                : value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
