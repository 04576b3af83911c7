package io.switchboard.ticket.integration.application;

import io.switchboard.platform.paging.ListPosition;
import io.switchboard.platform.persistence.ReadOnly;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.integration.persistence.CustomerTicketRepository;
import io.switchboard.ticket.ticket.application.TicketDetails;
import io.switchboard.ticket.ticket.application.TicketPage;
import io.switchboard.ticket.ticket.application.TicketPeople;
import io.switchboard.ticket.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Lists one customer's tickets in a service the caller may work in (a member, or a granted integration). */
@ApplicationScoped
public class CustomerTickets {

    private final CustomerTicketRepository tickets;
    private final TicketPeople people;
    private final AccessPolicy access;

    CustomerTickets(CustomerTicketRepository tickets, TicketPeople people, AccessPolicy access) {
        this.tickets = tickets;
        this.people = people;
        this.access = access;
    }

    @Transactional
    @ReadOnly
    public TicketPage of(Caller caller, String serviceCode, String email, ListPosition after, int limit) {
        access.accessibleService(caller, serviceCode);
        List<Ticket> page = tickets.page(serviceCode, email.strip(), after, limit + 1);
        List<TicketDetails> items = people.of(page.subList(0, Math.min(limit, page.size())));
        if (page.size() <= limit) {
            return new TicketPage(items, null);
        }
        Ticket last = page.get(limit - 1);
        return new TicketPage(items, new ListPosition(last.createdAt(), last.id()));
    }
}
