package io.switchboard.notification.inbound.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header values to text: unfolding, raw 8-bit bytes, and RFC 2047 encoded words. Adjacent words in the same
 * charset are joined as bytes before decoding, because some mailers split one character over two words.
 */
final class HeaderText {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");

    /** Decoded text, and the first charset that no one knows (its words are kept as written). */
    record Decoded(String text, String unknownCharset) {
    }

    private HeaderText() {
    }

    static String unfold(String value) {
        return value.replaceAll("\r?\n(?=[ \t])", "").replaceAll("[\r\n]", "");
    }

    /**
     * Jakarta Mail hands header bytes over as ISO-8859-1 chars. Bytes above ASCII are read as UTF-8 (RFC 6532)
     * when they are valid UTF-8, else in the mail's own charset (old Korean and Japanese mailers), else as is.
     * Header text with escape sequences is raw ISO-2022-JP.
     */
    static String recover(String latin1, Charset fallback) {
        if (latin1.indexOf('\u001b') >= 0) {
            return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), MailCharsets.ISO_2022_JP);
        }
        if (latin1.chars().allMatch(c -> c < 0x80)) {
            return latin1;
        }
        byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        return MailCharsets.strictUtf8(bytes).orElseGet(() -> fallback == null ? latin1 : new String(bytes, fallback));
    }

    static Decoded decodeWords(String text) {
        StringBuilder out = new StringBuilder();
        Matcher word = ENCODED_WORD.matcher(text);
        Run run = null;
        String unknown = null;
        int last = 0;
        while (word.find()) {
            byte[] bytes = payload(word.group(2), word.group(3));
            if (bytes == null) {
                continue;
            }
            String between = text.substring(last, word.start());
            String charset = word.group(1).toLowerCase(Locale.ROOT);
            boolean joins = run != null && between.isBlank();
            if (joins && run.charset.equals(charset)) {
                run.bytes.writeBytes(bytes);
            } else {
                if (run != null) {
                    unknown = run.appendTo(out, text, unknown);
                }
                if (!joins) {
                    out.append(between);
                }
                run = new Run(charset, word.start());
                run.bytes.writeBytes(bytes);
            }
            run.end = word.end();
            last = word.end();
        }
        if (run != null) {
            unknown = run.appendTo(out, text, unknown);
        }
        out.append(text, last, text.length());
        return new Decoded(out.toString(), unknown);
    }

    private static byte[] payload(String encoding, String payload) {
        if (encoding.equalsIgnoreCase("B")) {
            try {
                return Base64.getMimeDecoder().decode(payload);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < payload.length(); i++) {
            char c = payload.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < payload.length() && isHex(payload.charAt(i + 1)) && isHex(payload.charAt(i + 2))) {
                bytes.write(Integer.parseInt(payload.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    /** Consecutive encoded words in one charset. */
    private static final class Run {
        final String charset;
        final int start;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int end;

        Run(String charset, int start) {
            this.charset = charset;
            this.start = start;
        }

        String appendTo(StringBuilder out, String text, String unknownSoFar) {
            Optional<Charset> known = MailCharsets.forName(charset);
            if (known.isPresent()) {
                out.append(new String(bytes.toByteArray(), known.get()));
                return unknownSoFar;
            }
            out.append(text, start, end);
            return unknownSoFar == null ? charset : unknownSoFar;
        }
    }
}
