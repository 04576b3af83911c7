package io.switchboard.notification.inbound.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@code Content-Type} or {@code Content-Disposition} value: its lower-case token and parameters, read
 * leniently (unquoted spaces, stray semicolons) and with RFC 2231 continuations and charsets decoded.
 * RFC 2047 words inside a parameter are left to the caller, who knows how strict to be.
 */
record MimeHeaderValue(String token, Map<String, String> parameters, String unknownCharset) {

    static MimeHeaderValue parse(String value) {
        if (value == null) {
            return new MimeHeaderValue("", Map.of(), null);
        }
        List<String> pieces = splitOutsideQuotes(value);
        String token = pieces.get(0).strip().toLowerCase(Locale.ROOT);
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String>> sections = new LinkedHashMap<>();
        for (String piece : pieces.subList(1, pieces.size())) {
            int eq = piece.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = piece.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String raw = unquote(piece.substring(eq + 1).strip());
            if (!name.contains("*")) {
                plain.putIfAbsent(name, raw);
                continue;
            }
            // name*, name*0, name*0*, name*1 …: the star after a section marks percent-encoding
            String[] parts = name.split("\\*", -1);
            boolean encoded = name.endsWith("*");
            int section = parts.length > 1 && !parts[1].isEmpty() ? parseSection(parts[1]) : 0;
            if (section < 0) {
                continue;
            }
            sections.computeIfAbsent(parts[0], k -> new TreeMap<>()).put(section, (encoded ? "*" : "=") + raw);
        }
        Map<String, String> parameters = new LinkedHashMap<>(plain);
        String unknown = null;
        for (Map.Entry<String, TreeMap<Integer, String>> entry : sections.entrySet()) {
            Joined joined = join(entry.getValue());
            parameters.put(entry.getKey(), joined.text);
            if (joined.unknownCharset != null && unknown == null) {
                unknown = joined.unknownCharset;
            }
        }
        return new MimeHeaderValue(token, Map.copyOf(parameters), unknown);
    }

    String parameter(String name) {
        return parameters.get(name);
    }

    private record Joined(String text, String unknownCharset) {
    }

    /** Joins the sections; the first encoded one may start with {@code charset'language'}. */
    private static Joined join(TreeMap<Integer, String> sections) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String charsetName = null;
        for (Map.Entry<Integer, String> section : sections.entrySet()) {
            String value = section.getValue().substring(1);
            if (section.getValue().charAt(0) != '*') {
                bytes.writeBytes(value.getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (section.getKey() == 0) {
                int first = value.indexOf('\'');
                int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
                if (second > 0) {
                    charsetName = value.substring(0, first);
                    value = value.substring(second + 1);
                }
            }
            percentDecode(value, bytes);
        }
        if (charsetName == null || charsetName.isEmpty()) {
            return new Joined(bytes.toString(StandardCharsets.UTF_8), null);
        }
        Optional<Charset> charset = MailCharsets.forName(charsetName);
        return charset.isPresent() ? new Joined(bytes.toString(charset.get()), null)
                : new Joined(bytes.toString(StandardCharsets.UTF_8), charsetName);
    }

    private static void percentDecode(String value, ByteArrayOutputStream out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()
                    && Character.digit(value.charAt(i + 1), 16) >= 0 && Character.digit(value.charAt(i + 2), 16) >= 0) {
                out.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static int parseSection(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> splitOutsideQuotes(String value) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < value.length()) {
                current.append(c).append(value.charAt(++i));
                continue;
            } else if (c == ';' && !quoted) {
                pieces.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        pieces.add(current.toString());
        return pieces;
    }

    /** Strips the quotes; only {@code \"} and {@code \\} are escapes, so Windows paths keep their backslashes. */
    private static String unquote(String value) {
        if (value.length() < 2 || value.charAt(0) != '"') {
            return value;
        }
        String inner = value.endsWith("\"") ? value.substring(1, value.length() - 1) : value.substring(1);
        return inner.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
