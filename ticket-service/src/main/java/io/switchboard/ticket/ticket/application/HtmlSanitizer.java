package io.switchboard.ticket.ticket.application;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.ticket.domain.MessageBody;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/** Keeps formatting and links of HTML message bodies and drops everything that could run. */
public final class HtmlSanitizer {

    private static final Safelist ALLOWED = Safelist.relaxed().addProtocols("a", "href", "mailto", "tel");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSanitizer() {
    }

    /**
     * The body as it is stored; a 400 naming {@code body} when nothing is left of it, e.g. HTML of scripts only, or a
     * text whose replacement codes were all filled with nothing.
     */
    public static MessageBody body(String text, MessageBody.Format format) {
        boolean html = format == MessageBody.Format.HTML;
        String kept = html ? Jsoup.clean(text, "", ALLOWED, OUTPUT) : text;
        if (kept == null || kept.isBlank()) {
            throw new ProblemException.Invalid("body", html
                    ? "has nothing left once scripts and unsupported markup are removed" : "must not be blank");
        }
        return new MessageBody(kept, html ? MessageBody.Format.HTML : MessageBody.Format.TEXT);
    }

    /**
     * What the reader of a sanitised body sees: its text with markup gone and entities decoded
     * ({@code <b>ba</b>ka} reads "baka"), and the alt and title texts a mail client may show instead.
     */
    static String visibleText(MessageBody body) {
        if (body.format() != MessageBody.Format.HTML) {
            return body.text();
        }
        Document document = Jsoup.parseBodyFragment(body.text());
        StringBuilder visible = new StringBuilder(document.body().text());
        for (Element element : document.select("[alt], [title]")) {
            visible.append('\n').append(element.attr("alt")).append('\n').append(element.attr("title"));
        }
        return visible.toString();
    }
}
