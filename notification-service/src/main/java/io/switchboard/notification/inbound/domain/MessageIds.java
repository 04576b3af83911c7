package io.switchboard.notification.inbound.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message-IDs in {@code Message-ID}, {@code In-Reply-To} and {@code References}, always with angle brackets. */
final class MessageIds {

    private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");

    private MessageIds() {
    }

    /** In header order; some mailers drop the brackets, so bare tokens with an @ count too. */
    static List<String> in(String value) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        Matcher matcher = BRACKETED.matcher(value);
        while (matcher.find()) {
            ids.add("<" + matcher.group(1) + ">");
        }
        if (ids.isEmpty()) {
            for (String token : value.strip().split("\\s+")) {
                if (token.indexOf('@') > 0) {
                    ids.add("<" + token + ">");
                }
            }
        }
        return ids;
    }

    static String domainOf(String id) {
        return id.substring(id.lastIndexOf('@') + 1, id.length() - 1).toLowerCase(Locale.ROOT);
    }
}
