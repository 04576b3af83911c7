package io.switchboard.ticket.ticket.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ticket on the wire. */
public record TicketView(UUID id, String number, String serviceCode, String title, String content, String channel,
                         String status, String internalResolution, GroupRef group, OperatorRef assignee,
                         CustomerView customer, String createdBy, Instant createdAt, Instant updatedAt,
                         Instant resolvedAt, Instant completedAt, long version,
                         @Schema(description = "The parent ticket, when this is a sub-ticket") UUID parentId) {

    public record GroupRef(UUID id, String name) {
    }

    public record OperatorRef(String username, String displayName) {
    }

    public record CustomerView(String email, String name) {
    }
}
