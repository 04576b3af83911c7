package io.switchboard.notification.mail.domain;

import io.switchboard.notification.domain.HtmlText;
import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * A mail layout's HTML around the reply: exactly one {@code {{content}}} where the operator's reply goes, and
 * optional replacement codes for the ticket, the customer and the service. Scripts and event handlers are
 * dropped when a layout is saved; inline styles and tables, which mail layouts live on, stay.
 */
public final class LayoutTemplate {

    public static final String CONTENT = "content";
    public static final List<String> CODES = List.of(CONTENT, "ticket.number", "ticket.title", "customer.name",
            "service.name");
    public static final int MAX_LENGTH = 100_000;
    private static final Pattern CODE = Pattern.compile("\\{\\{\\s*([a-zA-Z.]+)\\s*}}");
    private static final Safelist ALLOWED = Safelist.relaxed()
            .addTags("center", "font", "hr", "span")
            .addAttributes(":all", "style", "class", "align", "valign", "width", "height", "bgcolor", "border",
                    "cellpadding", "cellspacing", "color", "dir", "lang")
            .addProtocols("a", "href", "mailto", "tel");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private final String before;
    private final String after;

    private LayoutTemplate(String before, String after) {
        this.before = before;
        this.after = after;
    }

    /**
     * Checks and cleans an admin's layout: 400 naming the field when it is empty, too long, lacks the content
     * placeholder, has it twice, or uses an unknown code. Returns the HTML to store.
     */
    public static String accept(String html) {
        if (html == null || html.isBlank()) {
            throw invalid("must not be empty; it must contain the {{content}} placeholder");
        }
        if (html.length() > MAX_LENGTH) {
            throw invalid("must be at most " + MAX_LENGTH + " characters");
        }
        String cleaned = Jsoup.clean(html, "", ALLOWED, OUTPUT);
        Matcher codes = CODE.matcher(cleaned);
        int contents = 0;
        while (codes.find()) {
            String code = codes.group(1);
            if (!CODES.contains(code)) {
                throw invalid("uses the unknown replacement code {{" + code + "}}; known: "
                        + CODES.stream().map(c -> "{{" + c + "}}").toList());
            }
            if (code.equals(CONTENT)) {
                contents++;
            }
        }
        if (contents != 1) {
            throw invalid(contents == 0 ? "must contain the {{content}} placeholder"
                    : "must contain the {{content}} placeholder once, not " + contents + " times");
        }
        return cleaned;
    }

    private static ProblemException.Invalid invalid(String message) {
        return new ProblemException.Invalid("The mail layout is not valid: the html " + message + ".",
                List.of(new Problem.FieldError("html", message)));
    }

    /** A stored (accepted) layout with its codes other than content filled in, HTML-escaped. */
    public static LayoutTemplate fill(String html, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        Matcher codes = CODE.matcher(html);
        int contentAt = -1;
        int last = 0;
        while (codes.find()) {
            out.append(html, last, codes.start());
            last = codes.end();
            String code = codes.group(1);
            if (code.equals(CONTENT) && contentAt < 0) {
                contentAt = out.length();
            } else {
                out.append(HtmlText.escape(values.getOrDefault(code, "")));
            }
        }
        out.append(html.substring(last));
        if (contentAt < 0) {
            contentAt = out.length(); // never for an accepted layout; keeps the reply visible all the same
        }
        return new LayoutTemplate(out.substring(0, contentAt), out.substring(contentAt));
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
