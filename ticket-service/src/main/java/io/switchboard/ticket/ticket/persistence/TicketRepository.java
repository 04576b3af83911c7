package io.switchboard.ticket.ticket.persistence;

import io.switchboard.ticket.ticket.application.ListPosition;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TicketRepository {

    private final EntityManager entityManager;

    TicketRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Ticket ticket) {
        entityManager.persist(ticket);
    }

    public void add(TicketEvent event) {
        entityManager.persist(event);
    }

    public Optional<Ticket> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Ticket.class, id));
    }

    /** Newest first, {@code limit} tickets after {@code after}; {@code assignee} null means anyone's. */
    public List<Ticket> page(Collection<String> serviceCodes, String assignee, ListPosition after, int limit) {
        if (serviceCodes.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("from Ticket t where t.serviceCode in :codes");
        if (assignee != null) {
            jpql.append(" and t.assignee = :assignee");
        }
        if (after != null) {
            jpql.append(" and (t.createdAt < :createdAt or (t.createdAt = :createdAt and t.id < :id))");
        }
        jpql.append(" order by t.createdAt desc, t.id desc");
        TypedQuery<Ticket> query = entityManager.createQuery(jpql.toString(), Ticket.class)
                .setParameter("codes", serviceCodes).setMaxResults(limit);
        if (assignee != null) {
            query.setParameter("assignee", assignee);
        }
        if (after != null) {
            query.setParameter("createdAt", after.createdAt()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    public List<TicketEvent> events(UUID ticketId) {
        return entityManager.createQuery("from TicketEvent e where e.ticketId = :id order by e.id", TicketEvent.class)
                .setParameter("id", ticketId).getResultList();
    }
}
