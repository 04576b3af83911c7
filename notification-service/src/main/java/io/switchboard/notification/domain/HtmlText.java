package io.switchboard.notification.domain;

/**
 * Plain text put into a mail's HTML. Ticket titles, customer and operator names and every other text of a
 * ticket are plain text (docs/api.md, "Text and HTML"): whatever they contain, a mail shows it, never runs it.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** The text with {@code < > & " '} as entities, safe in element content and quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
