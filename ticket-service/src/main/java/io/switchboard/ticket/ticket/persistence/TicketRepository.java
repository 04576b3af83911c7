package io.switchboard.ticket.ticket.persistence;

import io.switchboard.ticket.search.persistence.TicketTexts;
import io.switchboard.ticket.ticket.domain.MessageBody;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketEvent;
import io.switchboard.ticket.ticket.domain.TicketLink;
import io.switchboard.ticket.ticket.domain.TicketMessage;
import io.switchboard.ticket.ticket.domain.TicketSla;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** The ticket's SLA clocks, locked until commit so two events of one ticket apply one after the other. */
    public Optional<TicketSla> lockSla(UUID ticketId) {
        return Optional.ofNullable(entityManager.find(TicketSla.class, ticketId, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<TicketSla> sla(UUID ticketId) {
        return Optional.ofNullable(entityManager.find(TicketSla.class, ticketId));
    }

    /** The SLA clocks of a page of tickets, by ticket id, in one query. */
    public Map<UUID, TicketSla> slaOf(Collection<UUID> ticketIds) {
        if (ticketIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from TicketSla s where s.ticketId in :ids", TicketSla.class)
                .setParameter("ids", ticketIds).getResultStream()
                .collect(Collectors.toMap(TicketSla::ticketId, Function.identity()));
    }

    public void add(TicketSla sla) {
        entityManager.persist(sla);
    }

    /** The services of the issue tickets this ticket was escalated to. */
    public List<String> escalatedToServices(UUID ticketId) {
        return entityManager.createQuery("""
                        select distinct t.serviceCode from TicketLink l, Ticket t
                        where l.fromId = :id and l.type = :type and t.id = l.toId""", String.class)
                .setParameter("id", ticketId).setParameter("type", TicketLink.Type.ESCALATED_TO).getResultList();
    }

    public boolean linkExists(UUID fromId, UUID toId, TicketLink.Type type) {
        return !entityManager.createQuery("""
                        select l.id from TicketLink l where l.fromId = :from and l.toId = :to and l.type = :type""",
                        UUID.class)
                .setParameter("from", fromId).setParameter("to", toId).setParameter("type", type)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether the operator starred (☆) the ticket (the views' marks, V17). */
    public boolean starredBy(UUID ticketId, String username) {
        return !entityManager.createNativeQuery(
                        "select 1 from ticket_star where username = :username and ticket_id = :ticket")
                .setParameter("username", username).setParameter("ticket", ticketId).getResultList().isEmpty();
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
