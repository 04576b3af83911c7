package io.switchboard.notification.inbound.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads an address header leniently: unquoted names with commas inside quotes, groups, comments as names.
 * Names are decoded after splitting (a decoded name may contain commas); entries without a usable address
 * are skipped.
 */
final class AddressList {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+");

    private AddressList() {
    }

    static List<MailAddress> parse(String value, UnaryOperator<String> decodeName) {
        List<MailAddress> addresses = new ArrayList<>();
        if (value == null) {
            return addresses;
        }
        for (String entry : entries(value)) {
            MailAddress address = parseEntry(entry.strip(), decodeName);
            if (address != null) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    private static MailAddress parseEntry(String entry, UnaryOperator<String> decodeName) {
        int open = indexOutsideQuotes(entry, '<');
        String address;
        String name;
        if (open >= 0) {
            int close = entry.indexOf('>', open);
            address = entry.substring(open + 1, close < 0 ? entry.length() : close);
            name = unquote(entry.substring(0, open).strip());
            // an obsolete source route "@relay:user@host"
            address = address.substring(address.indexOf(':') + 1);
        } else {
            int comment = indexOutsideQuotes(entry, '(');
            address = comment < 0 ? entry : entry.substring(0, comment);
            int end = entry.lastIndexOf(')');
            name = comment < 0 || end < comment ? null : entry.substring(comment + 1, end);
        }
        address = address.strip();
        if (!ADDRESS.matcher(address).matches()) {
            return null;
        }
        return new MailAddress(address, name == null ? null : decodeName.apply(name));
    }

    /** Splits at commas and semicolons outside quotes, brackets and comments; drops group names. */
    private static List<String> entries(String value) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        int comment = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < value.length()) {
                    current.append(c).append(value.charAt(++i));
                    continue;
                }
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                angle++;
            } else if (c == '>' && angle > 0) {
                angle--;
            } else if (c == '(') {
                comment++;
            } else if (c == ')' && comment > 0) {
                comment--;
            } else if (angle == 0 && comment == 0 && (c == ',' || c == ';')) {
                entries.add(current.toString());
                current.setLength(0);
                continue;
            } else if (angle == 0 && comment == 0 && c == ':') {
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        entries.add(current.toString());
        return entries;
    }

    private static int indexOutsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted) {
                i++;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return name;
    }
}
