package io.switchboard.ticket.attachment.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attachment's metadata on the wire. */
@Schema(description = "An attachment of a ticket", example = """
        {"id": "5d2c1f0e-8a4b-4c6d-9e7f-0a1b2c3d4e5f", "fileName": "영수증.pdf", "contentType": "application/pdf",
         "size": 48213, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         "createdAt": "2026-01-05T09:00:00Z"}""")
public record AttachmentView(UUID id, String fileName, String contentType, long size, String sha256,
                             Instant createdAt) {
}
