package io.switchboard.ticket.view.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An operator's marks on tickets: ☆ stars and when they last opened each one. */
@ApplicationScoped
public class MarkRepository {

    private final EntityManager entityManager;

    MarkRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void star(String username, UUID ticketId, Instant now) {
        entityManager.createNativeQuery("""
                        insert into ticket_star (username, ticket_id, starred_at) values (:user, :ticket, :now)
                        on conflict do nothing""")
                .setParameter("user", username).setParameter("ticket", ticketId).setParameter("now", now)
                .executeUpdate();
    }

    public void unstar(String username, UUID ticketId) {
        entityManager.createNativeQuery("delete from ticket_star where username = :user and ticket_id = :ticket")
                .setParameter("user", username).setParameter("ticket", ticketId).executeUpdate();
    }

    public void read(String username, UUID ticketId, Instant now) {
        entityManager.createNativeQuery("""
                        insert into ticket_read (username, ticket_id, read_at) values (:user, :ticket, :now)
                        on conflict (username, ticket_id) do update set read_at = greatest(ticket_read.read_at, excluded.read_at)""")
                .setParameter("user", username).setParameter("ticket", ticketId).setParameter("now", now)
                .executeUpdate();
    }

    /** Which of these tickets the user starred. */
    public Set<UUID> starred(String username, Collection<UUID> ticketIds) {
        return ids("select s.ticket_id from ticket_star s where s.username = :user and s.ticket_id in (:ids)",
                username, ticketIds);
    }

    /**
     * Which of these tickets someone else changed since the user last opened them (or ever, if they never did):
     * an audit line by another actor after the read mark.
     */
    public Set<UUID> unread(String username, Collection<UUID> ticketIds) {
        return ids("""
                select distinct e.ticket_id from ticket_event e
                left join ticket_read r on r.ticket_id = e.ticket_id and r.username = :user
                where e.ticket_id in (:ids) and e.actor <> :user and (r.read_at is null or e.created_at > r.read_at)""",
                username, ticketIds);
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> ids(String sql, String username, Collection<UUID> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Set.of();
        }
        List<UUID> found = entityManager.createNativeQuery(sql, UUID.class).setParameter("user", username)
                .setParameter("ids", ticketIds).getResultList();
        return new HashSet<>(found);
    }
}
