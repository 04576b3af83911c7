package io.switchboard.ticket.ticket.events;

import io.switchboard.ticket.ticket.domain.AttachedFile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@code data} of the events ticket-service publishes; contracts in docs/events/schemas. */
public final class TicketEventPayloads {

    public static final String AGGREGATE = "ticket";
    public static final String TICKET_CREATED = "TicketCreated";
    public static final String TICKET_ASSIGNED = "TicketAssigned";
    public static final String TICKET_STATUS_CHANGED = "TicketStatusChanged";
    public static final String MESSAGE_ADDED = "MessageAdded";
    public static final String TICKET_UPDATED = "TicketUpdated";
    public static final String MESSAGE_MASKED = "MessageMasked";

    private TicketEventPayloads() {
    }

    public record Customer(String email, String name) {
    }

    /** TicketCreated's customer also carries the phone number, for routing conditions and phone callbacks. */
    public record CreatedCustomer(String email, String name, String phone) {
    }

    /** An inquiry type with the ids from the root down to itself. */
    public record InquiryType(UUID id, List<UUID> path) {
    }

    public record ChangedBy(String kind, String name) {
    }

    public record Group(UUID id, String name) {
    }

    public record Operator(String username, String displayName, String email) {
    }

    public record AssignedBy(String kind, String name, String reason) {
    }

    public record TicketCreated(UUID ticketId, String number, String serviceCode, String title, String content,
                                String channel, String status, CreatedCustomer customer, String createdBy,
                                Instant createdAt, UUID followUpOf, UUID parentId, UUID groupId, String placedBy,
                                String priority, String language, InquiryType inquiryType, UUID processingTypeId,
                                List<String> tags, Map<String, Object> fields) {
    }

    /** The ticket's complete current attributes (encrypted fields never) and which of them changed. */
    public record TicketUpdated(UUID ticketId, String number, String serviceCode, String title, String status,
                                UUID groupId, String assignee, String priority, String language,
                                InquiryType inquiryType, UUID processingTypeId, List<String> tags,
                                Map<String, Object> fields, List<String> changed, ChangedBy changedBy,
                                Instant changedAt) {
    }

    public record TicketAssigned(UUID ticketId, String number, String serviceCode, String title, String status,
                                 Group group, Operator assignee, AssignedBy assignedBy, Instant assignedAt) {
    }

    public record TicketStatusChanged(UUID ticketId, String number, String serviceCode, String from, String to,
                                      String action, String actor, String internalResolution, Instant changedAt) {
    }

    /**
     * Replies (INTERIM_REPLY, FINAL_REPLY) are what notification-service mails to the customer, in the layout of
     * {@code language}; {@code mailMessageId} is set on a customer's message that came by mail.
     */
    public record MessageAdded(UUID ticketId, String number, String serviceCode, String title, UUID messageId,
                               String type, String author, String bodyFormat, String body, Customer customer,
                               String status, Instant createdAt, List<File> attachments, String language,
                               String mailMessageId) {
    }

    /**
     * Personal info of a message was masked: its body as it is now (masked characters are {@code *}), so that a copy
     * of the message elsewhere can follow. Never the original characters; unmasking publishes nothing.
     */
    public record MessageMasked(UUID ticketId, String number, String serviceCode, UUID messageId, String type,
                                String bodyFormat, String body, List<MaskedRange> masks, String maskedBy,
                                Instant maskedAt) {
    }

    /** A masked range: code points start (inclusive) to end (exclusive) of the message's text. */
    public record MaskedRange(int start, int end) {
    }

    /** A file a message carries; its bytes are read through the ticket's attachment endpoint. */
    public record File(UUID id, String fileName, String contentType, long size) {
        static File of(AttachedFile file) {
            return new File(file.id(), file.fileName(), file.contentType(), file.size());
        }
    }
}
