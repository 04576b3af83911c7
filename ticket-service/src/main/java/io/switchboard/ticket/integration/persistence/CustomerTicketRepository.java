package io.switchboard.ticket.integration.persistence;

import io.switchboard.platform.paging.ListPosition;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;

/** A customer's tickets in one service, by e-mail address (case-insensitive), newest first. */
@ApplicationScoped
public class CustomerTicketRepository {

    private final EntityManager entityManager;

    CustomerTicketRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Ticket> page(String serviceCode, String email, ListPosition after, int limit) {
        StringBuilder jpql = new StringBuilder(
                "from Ticket t where t.serviceCode = :code and lower(t.customer.email) = :email");
        if (after != null) {
            jpql.append(" and ").append(TicketRepository.AFTER_POSITION);
        }
        jpql.append(" order by t.createdAt desc, t.id desc");
        TypedQuery<Ticket> query = entityManager.createQuery(jpql.toString(), Ticket.class)
                .setParameter("code", serviceCode).setParameter("email", email.toLowerCase(Locale.ROOT))
                .setMaxResults(limit);
        if (after != null) {
            query.setParameter("createdAt", after.createdAt()).setParameter("id", after.id());
        }
        return query.getResultList();
    }
}
