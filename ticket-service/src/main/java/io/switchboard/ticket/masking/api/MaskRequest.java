package io.switchboard.ticket.masking.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A range of a message's text or of the ticket's content to mask, in Unicode code points (an emoji is one). */
@Schema(description = "Code-point offsets into the message's text as the console shows it (an HTML body's text "
        + "content), or into the ticket's content; start inclusive, end exclusive", example = "{\"start\": 12, \"end\": 25}")
public record MaskRequest(@Schema(description = "The first masked character", minimum = "0") Integer start,
                          @Schema(description = "The character after the last masked one") Integer end) {
}
