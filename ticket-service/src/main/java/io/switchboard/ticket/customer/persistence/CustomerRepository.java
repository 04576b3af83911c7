package io.switchboard.ticket.customer.persistence;

import io.switchboard.ticket.customer.domain.Contact;
import io.switchboard.ticket.customer.domain.Customer;
import io.switchboard.ticket.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CustomerRepository {

    private final EntityManager entityManager;

    CustomerRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Customer> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Customer.class, id));
    }

    public Optional<Customer> byEmail(String serviceCode, String email) {
        return entityManager.createQuery("from Customer c where c.serviceCode = :code and c.email = :email",
                        Customer.class).setParameter("code", serviceCode).setParameter("email", email)
                .getResultStream().findFirst();
    }

    /** The oldest customer with this phone number: phone numbers are not unique (families share them). */
    public Optional<Customer> byPhone(String serviceCode, String phone) {
        return entityManager.createQuery(
                        "from Customer c where c.serviceCode = :code and c.phone = :phone order by c.number",
                        Customer.class).setParameter("code", serviceCode).setParameter("phone", phone)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Inserts the customer of this e-mail address unless a concurrent transaction already did: the unique
     * index on (service, e-mail) makes the loser wait for the winner's commit and then insert nothing.
     * The number comes from the service's customer-number sequence (gaps are possible, duplicates are not).
     */
    public void insertIfAbsent(String serviceCode, Contact contact, Instant now) {
        entityManager.createNativeQuery("""
                        insert into customer (id, workspace_code, number, name, email, phone, login_id, created_at)
                        values (:id, :code, nextval(service_number_sequence('customer', :code)::regclass), :name, :email,
                                :phone, :login, :now)
                        on conflict (workspace_code, email) where email is not null do nothing""")
                .setParameter("id", UUID.randomUUID()).setParameter("code", serviceCode)
                .setParameter("name", contact.name()).setParameter("email", contact.email())
                .setParameter("phone", contact.phone()).setParameter("login", contact.loginId())
                .setParameter("now", now).executeUpdate();
    }

    /** The customer's tickets except one, newest first. */
    public List<Ticket> ticketsOf(UUID customerId, UUID except, int limit) {
        return entityManager.createQuery("""
                        from Ticket t where t.customerId = :customer and t.id <> :except
                        order by t.createdAt desc, t.id desc""", Ticket.class)
                .setParameter("customer", customerId).setParameter("except", except)
                .setMaxResults(limit).getResultList();
    }
}
