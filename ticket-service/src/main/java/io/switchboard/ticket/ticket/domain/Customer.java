package io.switchboard.ticket.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The customer who asked, as given with the inquiry: an e-mail address or a phone number (phone tickets), or both. */
@Embeddable
public record Customer(@Column(name = "customer_email") String email, @Column(name = "customer_name") String name,
                       @Column(name = "customer_phone") String phone) {

    public Customer {
        if ((email == null || email.isBlank()) && (phone == null || phone.isBlank())) {
            throw new IllegalArgumentException("a customer needs an e-mail address or a phone number");
        }
    }

    /** The customer as the author of a message or event: by e-mail address, else (phone tickets) by number. */
    public String author() {
        return "customer:" + (email == null || email.isBlank() ? phone : email);
    }
}
