package io.switchboard.ticket.attachment.application;

import java.nio.file.Path;

/** An uploaded file as the client sent it: its name, declared type, size and where the upload was buffered. */
public record NewAttachment(String fileName, String declaredType, long size, Path content) {
}
