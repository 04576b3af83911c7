package io.switchboard.ticket.ticket.domain;

import java.util.UUID;

/** What a message shows of a file it carries; the bytes stay with the attachment feature. */
public record AttachedFile(UUID id, String fileName, String contentType, long size) {
}
