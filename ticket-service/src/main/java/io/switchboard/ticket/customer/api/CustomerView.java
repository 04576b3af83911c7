package io.switchboard.ticket.customer.api;

import io.switchboard.ticket.customer.domain.Customer;
import java.time.Instant;
import java.util.UUID;

/** A customer of a service. */
public record CustomerView(UUID id, String number, String serviceCode, String name, String email, String phone,
                           String loginId, Instant createdAt) {

    static CustomerView of(Customer c) {
        return new CustomerView(c.id(), c.displayNumber(), c.serviceCode(), c.name(), c.email(), c.phone(),
                c.loginId(), c.createdAt());
    }
}
