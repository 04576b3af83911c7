package io.switchboard.ticket.ticket.domain;

/** A message text, either plain or HTML that has already been sanitised. */
public record MessageBody(String text, Format format) {

    public enum Format { TEXT, HTML }

    public MessageBody {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a message needs a body");
        }
    }
}
