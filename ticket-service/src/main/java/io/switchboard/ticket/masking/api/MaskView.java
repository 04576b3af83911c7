package io.switchboard.ticket.masking.api;

import io.switchboard.ticket.masking.domain.MessageMask;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A masked range of a message or of the ticket's content; what it hides is never sent. */
@Schema(description = "A masked range of a message, or of the ticket's content (messageId null): code points start "
        + "(inclusive) to end (exclusive) of its text")
public record MaskView(UUID id, UUID messageId, int start, int end, String maskedBy, Instant maskedAt) {

    /** {@code 201} with the mask, its {@code Location} under the masks it was posted to. */
    static Response created(UriInfo uri, MessageMask mask) {
        return Response.created(uri.getAbsolutePathBuilder().path("{maskId}").build(mask.id())).entity(of(mask)).build();
    }

    static MaskView of(MessageMask mask) {
        return new MaskView(mask.id(), mask.messageId(), mask.start(), mask.end(), mask.maskedBy(), mask.maskedAt());
    }
}
