package io.switchboard.ticket.ticket.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What describes a ticket besides its text and status (PRODUCT.md §3.1): priority, language, inquiry
 * and processing type, tags, and field values by code — plain ones, and encrypted ones as ciphertext.
 * Validated by the application (which knows the service); here only their shape is guarded.
 */
public record TicketAttributes(Priority priority, String language, UUID inquiryTypeId, UUID processingTypeId,
                               List<String> tags, Map<String, Object> fields, Map<String, String> encryptedFields) {

    public TicketAttributes {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(language, "language");
        tags = List.copyOf(tags);
        fields = Map.copyOf(fields);
        encryptedFields = Map.copyOf(encryptedFields);
    }

    /** The same attributes with another priority. */
    public TicketAttributes withPriority(Priority newPriority) {
        return new TicketAttributes(newPriority, language, inquiryTypeId, processingTypeId, tags, fields, encryptedFields);
    }

    /** The defaults of a new ticket in a service whose first language is {@code language}. */
    public static TicketAttributes defaults(String language) {
        return new TicketAttributes(Priority.NORMAL, language, null, null, List.of(), Map.of(), Map.of());
    }
}
