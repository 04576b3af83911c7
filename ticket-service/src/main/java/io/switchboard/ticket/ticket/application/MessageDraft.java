package io.switchboard.ticket.ticket.application;

import io.switchboard.ticket.ticket.domain.MessageBody;
import java.util.List;
import java.util.UUID;

/**
 * A reply, comment or re-inquiry as written: body, its format, ids of files uploaded to the ticket, and for a
 * customer's mail its Message-ID (else null).
 */
public record MessageDraft(String body, MessageBody.Format format, List<UUID> attachments, String mailMessageId) {

    public MessageDraft {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public MessageDraft(String body, MessageBody.Format format, List<UUID> attachments) {
        this(body, format, attachments, null);
    }

    public MessageDraft(String body, MessageBody.Format format) {
        this(body, format, List.of());
    }
}
