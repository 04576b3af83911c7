package io.switchboard.escalation.domain;

import java.time.Instant;
import java.util.UUID;

/** What one ticket event says about the ticket's current state, and when it happened. */
public record TicketChange(UUID eventId, Instant at, UUID ticketId, String number, String serviceCode, String title,
                           String status, String assignee, UUID groupId) {

    public TicketChange {
        if (eventId == null || at == null || ticketId == null || number == null || serviceCode == null
                || title == null || status == null) {
            throw new IllegalArgumentException("a ticket change needs event, time, ticket, number, service, title and status");
        }
    }
}
