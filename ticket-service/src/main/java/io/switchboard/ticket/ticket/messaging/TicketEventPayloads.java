package io.switchboard.ticket.ticket.messaging;

import io.switchboard.ticket.ticket.domain.AttachedFile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The {@code data} of the events ticket-service publishes; contracts in docs/events/schemas. */
public final class TicketEventPayloads {

    public static final String AGGREGATE = "ticket";
    public static final String TICKET_CREATED = "TicketCreated";
    public static final String TICKET_ASSIGNED = "TicketAssigned";
    public static final String TICKET_STATUS_CHANGED = "TicketStatusChanged";
    public static final String MESSAGE_ADDED = "MessageAdded";

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
                                Instant createdAt, UUID followUpOf,
                                UUID parentId) {
    }

    public record TicketAssigned(UUID ticketId, String number, String serviceCode, String title, String status,
                                 Group group, Operator assignee, AssignedBy assignedBy, Instant assignedAt) {
    }

    public record TicketStatusChanged(UUID ticketId, String number, String serviceCode, String from, String to,
                                      String action, String actor, String internalResolution, Instant changedAt) {
    }

    /** Replies (INTERIM_REPLY, FINAL_REPLY) are what notification-service mails to the customer. */
    public record MessageAdded(UUID ticketId, String number, String serviceCode, String title, UUID messageId,
                               String type, String author, String bodyFormat, String body, Customer customer,
                               String status, Instant createdAt, List<File> attachments) {
    }

    /** A file a message carries; its bytes are read through the ticket's attachment endpoint. */
    public record File(UUID id, String fileName, String contentType, long size) {
        static File of(AttachedFile file) {
            return new File(file.id(), file.fileName(), file.contentType(), file.size());
        }
    }
}
