package io.switchboard.ticket.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The customer who asked, as given with the inquiry. */
@Embeddable
public record Customer(@Column(name = "customer_email") String email, @Column(name = "customer_name") String name) {

    public Customer {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("a customer needs an e-mail address");
        }
    }
}
