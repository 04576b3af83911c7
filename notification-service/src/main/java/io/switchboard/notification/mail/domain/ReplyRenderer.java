package io.switchboard.notification.mail.domain;

import io.switchboard.notification.domain.HtmlText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Renders a reply as the customer receives it: the subject with the ticket number, the layout around the
 * reply in HTML, and the plain-text part, which is also where forbidden words are looked for.
 */
public final class ReplyRenderer {

    /** What the layout's replacement codes are filled with. */
    public record Context(String ticketNumber, String ticketTitle, String customerName, String serviceName) {

        Map<String, String> values() {
            return Map.of("ticket.number", ticketNumber, "ticket.title", ticketTitle,
                    "customer.name", customerName == null ? "" : customerName,
                    "service.name", serviceName == null ? "" : serviceName);
        }
    }

    /** The reply as typed: HTML (sanitised as ticket-service stores it) or plain text. */
    public record Body(String content, boolean html) {
    }

    /**
     * The rendered mail; {@code contentStart}/{@code contentEnd} delimit the operator's reply inside
     * {@code text}, and {@code contentHtml} is the reply's HTML as it sits inside the layout.
     */
    public record Rendered(String subject, String html, String text, String layoutBefore, String contentHtml,
                           String layoutAfter, int contentStart, int contentEnd) {

        /** The forbidden words in the operator's reply, with offsets into {@link #text()}. */
        public List<ForbiddenWordMatch> forbiddenWords(Collection<String> words) {
            return ForbiddenWordMatch.findIn(text.substring(contentStart, contentEnd), words).stream()
                    .map(match -> match.shift(contentStart)).toList();
        }

        /** The HTML with each forbidden word of the reply wrapped in a mark. */
        public String markedHtml(Collection<String> words) {
            return document(layoutBefore + ForbiddenWordMarker.mark(contentHtml, words) + layoutAfter);
        }
    }

    // the rules ticket-service stores HTML messages by, so what is rendered is what is stored
    private static final Safelist MESSAGE_HTML = Safelist.relaxed().addProtocols("a", "href", "mailto", "tel");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);
    private static final String PARAGRAPH_BREAK = "\n\n";

    private ReplyRenderer() {
    }

    private static String document(String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head><body>" + body + "</body></html>";
    }

    public static String subject(String ticketNumber, String ticketTitle) {
        return "[" + ticketNumber + "] " + ticketTitle;
    }

    /** @param layoutHtml an accepted layout (see {@link LayoutTemplate#accept}) or a built-in one */
    public static Rendered render(String layoutHtml, Context context, Body body) {
        LayoutTemplate layout = LayoutTemplate.fill(layoutHtml, context.values());
        String contentHtml;
        String contentText;
        if (body.html()) {
            contentHtml = Jsoup.clean(body.content(), "", MESSAGE_HTML, OUTPUT);
            contentText = VisibleText.of(contentHtml);
        } else {
            contentText = body.content().replace("\r\n", "\n").strip();
            contentHtml = HtmlText.escape(contentText).replace("\n", "<br>");
        }
        List<String> parts = new ArrayList<>();
        String before = VisibleText.of(layout.before());
        if (!before.isEmpty()) {
            parts.add(before);
        }
        int contentStart = before.isEmpty() ? 0 : before.length() + PARAGRAPH_BREAK.length();
        parts.add(contentText);
        String after = VisibleText.of(layout.after());
        if (!after.isEmpty()) {
            parts.add(after);
        }
        String text = String.join(PARAGRAPH_BREAK, parts);
        String html = document(layout.before() + contentHtml + layout.after());
        return new Rendered(subject(context.ticketNumber(), context.ticketTitle()), html, text, layout.before(),
                contentHtml, layout.after(), contentStart, contentStart + contentText.length());
    }
}
