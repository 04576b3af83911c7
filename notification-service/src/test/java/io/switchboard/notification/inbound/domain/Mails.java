package io.switchboard.notification.inbound.domain;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/** Builds raw test mails byte by byte, so each charset is encoded exactly as a mailer would send it. */
final class Mails {

    static final ParseRules RULES = new ParseRules(Set.of("cs@switchboard.local", "no-reply@switchboard.local"),
            "switchboard.local");
    static final InboundMailParser PARSER = new InboundMailParser(RULES);

    private Mails() {
    }

    /** Header lines (ASCII, {@code \n} line ends), a blank line and the body bytes, with CRLF line ends. */
    static byte[] mail(String headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(crlf(headers.stripTrailing() + "\n\n"));
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] mail(String headersAndBody) {
        return crlf(headersAndBody);
    }

    /** A text/plain mail from a customer with the given extra headers and ASCII body. */
    static byte[] plain(String extraHeaders, String body) {
        return mail("""
                From: Customer <customer@example.com>
                To: cs@switchboard.local
                Subject: Question
                Message-ID: <c1@example.com>
                Date: Tue, 1 Dec 2026 10:00:00 +0900
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                """ + extraHeaders, crlf(body));
    }

    static byte[] crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A base64 body wrapped at 76 characters as mailers do. */
    static String base64Body(byte[] bytes) {
        return Base64.getMimeEncoder().encodeToString(bytes) + "\n";
    }

    /** An RFC 2047 B word: {@code =?charset?B?…?=}; the label may differ from the Java encoder. */
    static String bWord(String label, byte[] bytes) {
        return "=?" + label + "?B?" + base64(bytes) + "?=";
    }

    /** RFC 2231 percent-encoding of every byte that is not plain ASCII letters or digits. */
    static String percent(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c < 0x80 && Character.isLetterOrDigit(c) || c == '.') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    static ParsedMail parse(byte[] raw) {
        try {
            return PARSER.parse(raw);
        } catch (UnreadableMailException e) {
            return fail("expected a readable mail, got " + e.getMessage(), e);
        }
    }
}
