package io.switchboard.routing.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Subject and body texts of trigger results with replacement codes such as {@code {{ticket.number}}}. */
public final class Template {

    /** Every code a text may use; a value the ticket lacks becomes the empty string. */
    public static final List<String> CODES = List.of("ticket.number", "ticket.title", "ticket.content",
            "ticket.priority", "ticket.channel", "ticket.status", "ticket.language", "customer.name",
            "customer.email", "operator.name", "operator.email", "group.name", "service.name", "trigger.title");

    private static final Pattern CODE = Pattern.compile("\\{\\{\\s*([A-Za-z.]+)\\s*}}");
    private static final Set<String> KNOWN = Set.copyOf(CODES);

    private Template() {
    }

    /** Adds an error for each unknown code in the text. */
    public static void check(Errors errors, String path, String text) {
        Matcher matcher = CODE.matcher(text);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group(1))) {
                errors.add(path, "unknown replacement code {{" + matcher.group(1) + "}}; known: " + CODES);
            }
        }
    }

    public static String render(String text, Map<String, String> values) {
        Matcher matcher = CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
