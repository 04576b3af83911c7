package io.switchboard.ticket.attachment.application;

import io.switchboard.ticket.attachment.domain.Attachment;

/** An attachment with its bytes, for download. */
public record AttachmentContent(Attachment attachment, byte[] content) {
}
