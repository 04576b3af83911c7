package io.switchboard.ticket.ticket.persistence;

import io.switchboard.platform.paging.ListPosition;
import io.switchboard.ticket.search.persistence.TextMatch;
import io.switchboard.ticket.search.persistence.TicketTexts;
import io.switchboard.ticket.ticket.domain.MessageBody;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketEvent;
import io.switchboard.ticket.ticket.domain.TicketLink;
import io.switchboard.ticket.ticket.domain.TicketMessage;
import java.time.Instant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TicketRepository {

    private final EntityManager entityManager;
    private final TicketTexts texts;

    TicketRepository(EntityManager entityManager, TicketTexts texts) {
        this.entityManager = entityManager;
        this.texts = texts;
    }

    /** Stores a new ticket with its full-text document (title and content). */
    public void add(Ticket ticket) {
        entityManager.persist(ticket);
        texts.index(ticket.id(), ticket.title(), ticket.content());
    }

    public void add(TicketEvent event) {
        entityManager.persist(event);
    }

    /** Stores a message and adds its text to its ticket's full-text document. */
    public void add(TicketMessage message) {
        entityManager.persist(message);
        texts.append(message.ticketId(), message.body(), message.bodyFormat() == MessageBody.Format.HTML);
    }

    public void add(TicketLink link) {
        entityManager.persist(link);
    }

    public List<TicketMessage> messages(UUID ticketId) {
        return entityManager.createQuery("from TicketMessage m where m.ticketId = :id order by m.createdAt, m.id",
                TicketMessage.class).setParameter("id", ticketId).getResultList();
    }

    public Optional<TicketMessage> message(UUID id) {
        return Optional.ofNullable(entityManager.find(TicketMessage.class, id));
    }

    public void remove(TicketLink link) {
        entityManager.remove(link);
    }

    public List<TicketLink> links(UUID ticketId) {
        return entityManager.createQuery("from TicketLink l where l.fromId = :id or l.toId = :id", TicketLink.class)
                .setParameter("id", ticketId).getResultList();
    }

    /** Sets (or moves) a durable timer of the ticket. */
    public void scheduleTimer(UUID ticketId, String kind, Instant dueAt) {
        entityManager.createNativeQuery("""
                        insert into ticket_timer (ticket_id, kind, due_at) values (:id, :kind, :due)
                        on conflict (ticket_id, kind) do update set due_at = excluded.due_at""")
                .setParameter("id", ticketId).setParameter("kind", kind).setParameter("due", dueAt).executeUpdate();
    }

    public void cancelTimer(UUID ticketId, String kind) {
        entityManager.createNativeQuery("delete from ticket_timer where ticket_id = :id and kind = :kind")
                .setParameter("id", ticketId).setParameter("kind", kind).executeUpdate();
    }

    /** Claims due timers of a kind, skipping those another instance is firing; delete them when done. */
    @SuppressWarnings("unchecked")
    public List<UUID> claimDueTimers(String kind, Instant now, int limit) {
        return entityManager.createNativeQuery("""
                        select ticket_id from ticket_timer where kind = :kind and due_at <= :now
                        order by due_at limit :limit for update skip locked""", UUID.class)
                .setParameter("kind", kind).setParameter("now", now).setParameter("limit", limit).getResultList();
    }

    /** Hard-deletes tickets soft-deleted before the cut-off, with everything that belongs to them. */
    public int purgeDeletedBefore(Instant cutoff) {
        return entityManager.createNativeQuery("delete from ticket where deleted_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    public void flush() {
        entityManager.flush();
    }

    public Optional<Ticket> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Ticket.class, id));
    }

    /** The ticket of a service with this number (CS-12: CS, 12), unless deleted. */
    public Optional<Ticket> byNumber(String serviceCode, long number) {
        return entityManager.createQuery("""
                        from Ticket t where t.serviceCode = :code and t.number = :number and t.deletedAt is null""",
                        Ticket.class)
                .setParameter("code", serviceCode).setParameter("number", number).getResultStream().findFirst();
    }

    /** The sub-tickets of a ticket, oldest first. */
    public List<Ticket> children(UUID parentId) {
        return entityManager.createQuery("""
                        from Ticket t where t.parentId = :id and t.deletedAt is null
                        order by t.createdAt, t.id""", Ticket.class)
                .setParameter("id", parentId).getResultList();
    }

    public boolean linkExists(UUID fromId, UUID toId, TicketLink.Type type) {
        return !entityManager.createQuery("""
                        select l.id from TicketLink l where l.fromId = :from and l.toId = :to and l.type = :type""",
                        UUID.class)
                .setParameter("from", fromId).setParameter("to", toId).setParameter("type", type)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Newest first, {@code limit} tickets after {@code after} that {@code viewer} may see;
     * {@code assignee} null means anyone's. Sub-tickets are private (see TicketVisibility): the
     * same rule is part of the query, so pages and cursors stay exact.
     *
     * <p>Anyone's tickets of several services are read service by service and merged: each service's query walks
     * its (service, created, id) index and stops after {@code limit} rows, where one query over all of them would
     * sort every ticket of those services. Someone's tickets are one query along the assignee's index.
     */
    public List<Ticket> page(Collection<String> serviceCodes, String viewer, String assignee, TextMatch text,
                             ListPosition after, int limit) {
        if (serviceCodes.isEmpty()) {
            return List.of();
        }
        if (assignee != null || serviceCodes.size() == 1) {
            return pageOf(serviceCodes, viewer, assignee, text, after, limit);
        }
        List<Ticket> merged = new ArrayList<>();
        for (String code : serviceCodes) {
            merged.addAll(pageOf(List.of(code), viewer, null, text, after, limit));
        }
        merged.sort(NEWEST_FIRST);
        return merged.subList(0, Math.min(limit, merged.size()));
    }

    /** The list order: created descending, then id descending as PostgreSQL orders uuids (unsigned, byte by byte). */
    private static final Comparator<Ticket> NEWEST_FIRST = Comparator.comparing(Ticket::createdAt)
            .thenComparing(Ticket::id, (a, b) -> {
                int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
                return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
            }).reversed();

    private List<Ticket> pageOf(Collection<String> serviceCodes, String viewer, String assignee, TextMatch text,
                                ListPosition after, int limit) {
        // the parent's assignee is a scalar subquery: as EXISTS, PostgreSQL hashes all the viewer's tickets first
        StringBuilder jpql = new StringBuilder("""
                from Ticket t where t.serviceCode in :codes and t.deletedAt is null
                 and (t.parentId is null or t.assignee = :viewer
                  or exists (select m.id from Membership m where m.workspaceCode = t.serviceCode
                             and m.username = :viewer and m.role = io.switchboard.ticket.people.domain.Membership.Role.ADMIN)
                  or exists (select g.id from GroupMember g where g.groupId = t.groupId and g.username = :viewer)
                  or (select p.assignee from Ticket p where p.id = t.parentId) = :viewer)""");
        if (assignee != null) {
            jpql.append(" and t.assignee = :assignee");
        }
        if (text != null) {
            jpql.append(" and " + text.condition());
        }
        if (after != null) {
            jpql.append(" and " + AFTER_POSITION);
        }
        jpql.append(" order by t.createdAt desc, t.id desc");
        TypedQuery<Ticket> query = entityManager.createQuery(jpql.toString(), Ticket.class)
                .setParameter("codes", serviceCodes).setParameter("viewer", viewer).setMaxResults(limit);
        if (assignee != null) {
            query.setParameter("assignee", assignee);
        }
        if (text != null) {
            text.bind(query);
        }
        if (after != null) {
            query.setParameter("createdAt", after.createdAt()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /**
     * After a list position, as one row comparison: PostgreSQL starts the index scan at the position instead of
     * filtering every row before it.
     */
    public static final String AFTER_POSITION = "(t.createdAt, t.id) < (:createdAt, :id)";

    public List<TicketEvent> events(UUID ticketId) {
        return entityManager.createQuery("from TicketEvent e where e.ticketId = :id order by e.id", TicketEvent.class)
                .setParameter("id", ticketId).getResultList();
    }
}
