package io.switchboard.ticket.ticket.api;

import io.switchboard.ticket.ticket.application.MessageDetails;
import io.switchboard.ticket.ticket.domain.AttachedFile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a ticket's processing history, with the files it carried. */
public record MessageView(UUID id, String type, String author, String body, String format, Instant createdAt,
                          List<File> attachments,
                          @Schema(description = "Its masked ranges (personal info replaced by *), by position")
                          List<Mask> masks) {

    /** A masked range: code points start (inclusive) to end (exclusive) of the text; never what it hides. */
    public record Mask(UUID id, int start, int end, String maskedBy, Instant maskedAt) {
    }

    /** Download it from {@code /api/v1/tickets/{ticketId}/attachments/{id}}. */
    public record File(UUID id, String fileName, String contentType, long size) {
        static File of(AttachedFile file) {
            return new File(file.id(), file.fileName(), file.contentType(), file.size());
        }
    }

    static MessageView of(MessageDetails details) {
        var m = details.message();
        return new MessageView(m.id(), m.type().name(), m.author(), m.body(), m.bodyFormat().name(), m.createdAt(),
                details.attachments().stream().map(File::of).toList(), details.masks().stream()
                        .map(k -> new Mask(k.id(), k.start(), k.end(), k.maskedBy(), k.maskedAt())).toList());
    }
}
