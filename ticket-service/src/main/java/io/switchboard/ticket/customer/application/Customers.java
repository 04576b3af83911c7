package io.switchboard.ticket.customer.application;

import io.switchboard.platform.persistence.ReadOnly;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.customer.domain.Contact;
import io.switchboard.ticket.customer.domain.Customer;
import io.switchboard.ticket.customer.persistence.CustomerRepository;
import io.switchboard.ticket.ticket.domain.Channel;
import io.switchboard.ticket.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Customers of a service: found again by e-mail (phone inquiries: by phone number first), created on their
 * first inquiry, and their inquiry history.
 */
@ApplicationScoped
public class Customers {

    static final int HISTORY_LIMIT = 100;

    private final CustomerRepository customers;
    private final AccessPolicy access;
    private final Clock clock;

    Customers(CustomerRepository customers, AccessPolicy access, Clock clock) {
        this.customers = customers;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The customer of this contact in the service, created if new; runs in the ticket's transaction. Safe
     * against concurrent first inquiries of the same new customer: exactly one row is created.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID resolve(String serviceCode, Channel channel, Contact contact) {
        if (channel == Channel.PHONE && contact.phone() != null) {
            Optional<Customer> byPhone = customers.byPhone(serviceCode, contact.phone());
            if (byPhone.isPresent()) {
                byPhone.get().complete(contact);
                return byPhone.get().id();
            }
        }
        if (contact.email() == null) {
            customers.insertIfAbsent(serviceCode, contact, clock.instant());
            return customers.byPhone(serviceCode, contact.phone()).orElseThrow().id();
        }
        Optional<Customer> known = customers.byEmail(serviceCode, contact.email());
        if (known.isPresent()) {
            known.get().complete(contact);
            return known.get().id();
        }
        customers.insertIfAbsent(serviceCode, contact, clock.instant());
        Customer customer = customers.byEmail(serviceCode, contact.email()).orElseThrow();
        customer.complete(contact);
        return customer.id();
    }

    @Transactional
    public Customer get(Caller caller, String serviceCode, UUID id) {
        access.accessibleService(caller, serviceCode);
        return customers.find(id).filter(c -> c.serviceCode().equals(serviceCode))
                .orElseThrow(() -> new ProblemException.NotFound("There is no customer " + id + " in " + serviceCode + "."));
    }

    /** Zero or one customer: e-mail addresses are unique per service (compared in lower case). */
    @Transactional
    public List<Customer> findByEmail(Caller caller, String serviceCode, String email) {
        access.accessibleService(caller, serviceCode);
        if (email == null || email.isBlank()) {
            throw new ProblemException.Invalid("email", "must not be blank");
        }
        return customers.byEmail(serviceCode, new Contact(email, null, null, null).email()).stream().toList();
    }

    /**
     * The customer's other tickets the caller may see (sub-tickets are private), newest first;
     * empty when the ticket has no known customer.
     */
    @Transactional
    @ReadOnly
    public List<Ticket> history(Caller caller, UUID ticketId) {
        Ticket ticket = access.visibleTicket(caller, ticketId);
        if (ticket.customerId() == null) {
            return List.of();
        }
        return access.visibleAmong(caller, customers.ticketsOf(ticket.customerId(), ticket.id(), HISTORY_LIMIT));
    }
}
