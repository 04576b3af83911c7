package io.switchboard.ticket.ticket.messaging;

import java.time.Instant;
import java.util.UUID;

/** The {@code data} of the events ticket-service publishes; contracts in docs/events/schemas. */
public final class TicketEventPayloads {

    public static final String AGGREGATE = "ticket";
    public static final String TICKET_CREATED = "TicketCreated";
    public static final String TICKET_ASSIGNED = "TicketAssigned";

    private TicketEventPayloads() {
    }

    public record Customer(String email, String name) {
    }

    public record Group(UUID id, String name) {
    }

    public record Operator(String username, String displayName, String email) {
    }

    public record AssignedBy(String kind, String name, String reason) {
    }

    public record TicketCreated(UUID ticketId, String number, String serviceCode, String title, String content,
                                String channel, String status, Customer customer, String createdBy,
                                Instant createdAt) {
    }

    public record TicketAssigned(UUID ticketId, String number, String serviceCode, String title, String status,
                                 Group group, Operator assignee, AssignedBy assignedBy, Instant assignedAt) {
    }
}
