package io.switchboard.ticket.ticket.api;

import io.switchboard.ticket.ticket.application.MessageDetails;
import io.switchboard.ticket.ticket.domain.AttachedFile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of a ticket's processing history, with the files it carried. */
public record MessageView(UUID id, String type, String author, String body, String format, Instant createdAt,
                          List<File> attachments) {

    /** Download it from {@code /api/v1/tickets/{ticketId}/attachments/{id}}. */
    public record File(UUID id, String fileName, String contentType, long size) {
        static File of(AttachedFile file) {
            return new File(file.id(), file.fileName(), file.contentType(), file.size());
        }
    }

    static MessageView of(MessageDetails details) {
        var m = details.message();
        return new MessageView(m.id(), m.type().name(), m.author(), m.body(), m.bodyFormat().name(), m.createdAt(),
                details.attachments().stream().map(File::of).toList());
    }
}
