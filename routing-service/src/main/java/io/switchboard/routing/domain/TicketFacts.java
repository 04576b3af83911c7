package io.switchboard.routing.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What routing knows of a ticket when it evaluates triggers: the attributes of TicketCreated /
 * TicketUpdated, plus group and assignee from its copy.
 *
 * @param inquiryTypePath ids from the root down to the ticket's inquiry type; empty without one
 * @param fields          customer and operator field values by code
 */
public record TicketFacts(UUID ticketId, String number, String serviceCode, String title, String content,
                          String channel, String status, String priority, String language,
                          List<UUID> inquiryTypePath, UUID processingTypeId, List<String> tags,
                          Map<String, JsonNode> fields, Customer customer, UUID groupId, String assignee,
                          Instant createdAt) {

    public record Customer(String email, String name, String phone) {
    }

    public TicketFacts {
        inquiryTypePath = inquiryTypePath == null ? List.of() : List.copyOf(inquiryTypePath);
        tags = tags == null ? List.of() : List.copyOf(tags);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        customer = customer == null ? new Customer(null, null, null) : customer;
    }

    public UUID inquiryTypeId() {
        return inquiryTypePath.isEmpty() ? null : inquiryTypePath.get(inquiryTypePath.size() - 1);
    }

    public String customerEmailDomain() {
        String email = customer.email();
        return email == null || email.indexOf('@') < 0 ? null
                : email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
