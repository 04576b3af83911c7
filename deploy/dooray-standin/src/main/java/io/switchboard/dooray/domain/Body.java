package io.switchboard.dooray.domain;

import java.util.Set;

/** The text of a task or comment: HTML or Markdown, like Dooray accepts. */
public record Body(String mimeType, String content) {

    private static final Set<String> MIME_TYPES = Set.of("text/html", "text/x-markdown");

    public Body {
        if (mimeType == null || !MIME_TYPES.contains(mimeType)) {
            throw new DoorayException(Failure.BAD_REQUEST,
                    "body.mimeType must be text/html or text/x-markdown, was " + (mimeType == null ? "missing" : "'" + mimeType + "'"));
        }
        if (content == null) {
            throw new DoorayException(Failure.BAD_REQUEST, "body.content is required");
        }
    }
}
