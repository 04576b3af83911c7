package io.switchboard.ticket.ticket.application;

import io.switchboard.ticket.ticket.domain.MessageBody;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Keeps formatting and links of HTML message bodies and drops everything that could run. */
final class HtmlSanitizer {

    private static final Safelist ALLOWED = Safelist.relaxed().addProtocols("a", "href", "mailto", "tel");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSanitizer() {
    }

    static MessageBody body(String text, MessageBody.Format format) {
        if (format == MessageBody.Format.HTML) {
            return new MessageBody(Jsoup.clean(text, "", ALLOWED, OUTPUT), format);
        }
        return new MessageBody(text, MessageBody.Format.TEXT);
    }
}
