package io.switchboard.ticket.attachment.messaging;

import java.time.Instant;
import java.util.UUID;

/** The {@code data} of the attachment events ticket-service publishes; contract in docs/events/schemas. */
public final class AttachmentEventPayloads {

    public static final String AGGREGATE = "ticket";
    public static final String ATTACHMENT_ADDED = "AttachmentAdded";

    private AttachmentEventPayloads() {
    }

    public record AttachmentAdded(UUID ticketId, String number, String serviceCode, UUID attachmentId,
                                  String fileName, String contentType, long size, String sha256, String addedBy,
                                  Instant addedAt) {
    }
}
