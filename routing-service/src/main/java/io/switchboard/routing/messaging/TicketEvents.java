package io.switchboard.routing.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.routing.domain.TicketFacts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The parts of ticket-service's ticket events that routing reads; contracts in docs/events/schemas. */
final class TicketEvents {

    static final String CREATED = "TicketCreated";
    static final String UPDATED = "TicketUpdated";
    static final String ASSIGNED = "TicketAssigned";
    static final String STATUS_CHANGED = "TicketStatusChanged";

    private TicketEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record InquiryType(UUID id, List<UUID> path) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Customer(String email, String name, String phone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Created(UUID ticketId, String number, String serviceCode, String title, String content, String channel,
                   String status, Customer customer, Instant createdAt, UUID groupId, String placedBy, String priority,
                   String language, InquiryType inquiryType, UUID processingTypeId, List<String> tags,
                   Map<String, JsonNode> fields) {

        /** An operator chose the group (and maybe the assignee) while creating it: not for triggers to move. */
        boolean placedByOperator() {
            return placedBy != null;
        }

        TicketFacts facts() {
            Customer c = customer == null ? new Customer(null, null, null) : customer;
            return new TicketFacts(ticketId, number, serviceCode, title, content, channel,
                    status == null ? "UNASSIGNED" : status, priority == null ? "NORMAL" : priority, language,
                    path(inquiryType), processingTypeId, tags, fields,
                    new TicketFacts.Customer(c.email(), c.name(), c.phone()), groupId, null, createdAt);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ChangedBy(String kind, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Updated(UUID ticketId, String number, String serviceCode, String title, String status, UUID groupId,
                   String assignee, String priority, String language, InquiryType inquiryType, UUID processingTypeId,
                   List<String> tags, Map<String, JsonNode> fields, ChangedBy changedBy, Instant changedAt) {

        /** Content, channel, customer and creation time are not in the event; the copy keeps them. */
        TicketFacts facts() {
            return new TicketFacts(ticketId, number, serviceCode, title, null, null, status,
                    priority == null ? "NORMAL" : priority, language, path(inquiryType), processingTypeId, tags,
                    fields, null, groupId, assignee, null);
        }

        boolean byTrigger() {
            return changedBy != null && "TRIGGER".equals(changedBy.kind());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ref(UUID id, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Assignee(String username) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Assigned(UUID ticketId, String number, String serviceCode, String title, Ref group, Assignee assignee,
                    Instant assignedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatusChanged(UUID ticketId, String to, Instant changedAt) {
    }

    private static List<UUID> path(InquiryType type) {
        if (type == null) {
            return List.of();
        }
        return type.path() == null || type.path().isEmpty() ? List.of(type.id()) : type.path();
    }
}
