package io.switchboard.notification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.switchboard.notification.domain.AttachmentRef;
import io.switchboard.notification.mail.application.CustomerReplies;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The parts of ticket-service's TicketCreated, TicketUpdated and MessageAdded data that replies and previews
 * need; contracts in docs/events/schemas.
 */
final class TicketFacts {

    private TicketFacts() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Customer(String email, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TicketCreated(UUID ticketId, String number, String serviceCode, String title, String language,
                         Customer customer, Instant createdAt) {
        static final String TYPE = "TicketCreated";

        TicketCreated {
            require(ticketId, number, serviceCode, title, createdAt);
        }

        CustomerReplies.TicketSeen seen() {
            return new CustomerReplies.TicketSeen(ticketId, serviceCode, number, title, language,
                    customer == null ? null : customer.email(), customer == null ? null : customer.name(), createdAt);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TicketUpdated(UUID ticketId, String number, String serviceCode, String title, String language,
                         Instant changedAt) {
        static final String TYPE = "TicketUpdated";

        TicketUpdated {
            require(ticketId, number, serviceCode, title, changedAt);
        }

        CustomerReplies.TicketSeen seen() {
            return new CustomerReplies.TicketSeen(ticketId, serviceCode, number, title, language, null, null, changedAt);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachment(UUID id, String fileName, String contentType, long size) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageAdded(UUID ticketId, String number, String serviceCode, String title, UUID messageId, String type,
                        String bodyFormat, String body, Customer customer, String language, String mailMessageId,
                        List<Attachment> attachments, Instant createdAt) {
        static final String TYPE = "MessageAdded";

        MessageAdded {
            require(ticketId, number, serviceCode, title, createdAt);
            if (messageId == null || type == null || body == null) {
                throw new IllegalArgumentException("MessageAdded needs messageId, type and body");
            }
        }

        CustomerReplies.MessageSeen seen(UUID eventId) {
            CustomerReplies.TicketSeen ticket = new CustomerReplies.TicketSeen(ticketId, serviceCode, number, title,
                    language, customer == null ? null : customer.email(), customer == null ? null : customer.name(),
                    createdAt);
            List<AttachmentRef> files = attachments == null ? List.of() : attachments.stream()
                    .map(a -> new AttachmentRef(a.id(), a.fileName(), a.contentType(), a.size())).toList();
            return new CustomerReplies.MessageSeen(eventId, ticket, messageId, type, "HTML".equals(bodyFormat), body,
                    mailMessageId, files);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageMasked(UUID ticketId, UUID messageId, String type, String bodyFormat, String body) {
        static final String TYPE = "MessageMasked";

        MessageMasked {
            if (ticketId == null || messageId == null || type == null || body == null) {
                throw new IllegalArgumentException("MessageMasked needs ticketId, messageId, type and body");
            }
        }

        CustomerReplies.MessageMaskedSeen seen() {
            return new CustomerReplies.MessageMaskedSeen(ticketId, messageId, type, "HTML".equals(bodyFormat), body);
        }
    }

    private static void require(UUID ticketId, String number, String serviceCode, String title, Instant at) {
        if (ticketId == null || number == null || serviceCode == null || title == null || at == null) {
            throw new IllegalArgumentException("ticket events need ticketId, number, serviceCode, title and a time");
        }
    }
}
