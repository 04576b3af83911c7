package io.switchboard.ticket.template.domain;

import io.switchboard.ticket.ticket.domain.MessageBody;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A template's text with its replacement codes: which codes it uses, and the text filled for one ticket. */
public final class TemplateBody {

    public static final int MAX_LENGTH = 100_000;
    // anything between double braces counts, so a misspelt {{customer.nmae}} or {{고객명}} is reported, not kept
    private static final Pattern CODE = Pattern.compile("\\{\\{([^{}]{1,100})}}");

    private TemplateBody() {
    }

    /** The codes in the text that are no replacement code, in the order they first occur, without braces. */
    public static List<String> unknownCodes(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher codes = CODE.matcher(text);
        while (codes.find()) {
            String code = codes.group(1).strip();
            if (ReplacementCode.of(code).isEmpty()) {
                unknown.add(code);
            }
        }
        return List.copyOf(unknown);
    }

    /** What a 400 says of the unknown codes of a text, on the member that holds it. */
    public static String unknownCodesMessage(List<String> unknown) {
        return "uses unknown replacement codes: " + String.join(", ", unknown.stream().map(c -> "{{" + c + "}}").toList());
    }

    /** Whether anything in the text stands between double braces (a code, known or not). */
    public static boolean usesCodes(String text) {
        return CODE.matcher(text).find();
    }

    /** The text with every code filled; values are HTML-escaped in an HTML body, so a name cannot add markup. */
    public static String render(String text, MessageBody.Format format, RenderValues values) {
        Matcher codes = CODE.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (codes.find()) {
            String filled = ReplacementCode.of(codes.group(1).strip()).map(c -> c.valueIn(values))
                    .orElse(codes.group());
            codes.appendReplacement(rendered, Matcher.quoteReplacement(
                    format == MessageBody.Format.HTML ? escapeHtml(filled) : filled));
        }
        codes.appendTail(rendered);
        return rendered.toString();
    }

    private static String escapeHtml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
