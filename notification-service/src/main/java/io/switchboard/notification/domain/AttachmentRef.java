package io.switchboard.notification.domain;

import java.util.UUID;

/** A ticket attachment a mail carries; its bytes stay in ticket-service until the mail is sent. */
public record AttachmentRef(UUID id, String fileName, String contentType, long size) {
}
