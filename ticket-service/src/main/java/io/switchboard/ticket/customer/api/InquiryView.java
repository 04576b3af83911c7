package io.switchboard.ticket.customer.api;

import io.switchboard.ticket.ticket.domain.Ticket;
import java.time.Instant;
import java.util.UUID;

/** One earlier (or later) inquiry of the same customer. */
public record InquiryView(UUID id, String number, String title, String status, Instant createdAt) {

    static InquiryView of(Ticket t) {
        return new InquiryView(t.id(), t.displayNumber(), t.title(), t.status().name(), t.createdAt());
    }
}
