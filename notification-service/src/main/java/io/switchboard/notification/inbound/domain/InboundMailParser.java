package io.switchboard.notification.inbound.domain;

import io.switchboard.notification.inbound.domain.UnreadableMailException.Reason;
import jakarta.activation.DataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Reads one raw RFC 5322 mail into a {@link ParsedMail}, or says why it cannot. Thread-safe.
 *
 * <p>Jakarta Mail only splits the MIME tree and undoes quoted-printable here. Headers, parameters, file names,
 * charsets and base64 are decoded by our own code: most {@code mail.mime.*} switches are JVM-wide system
 * properties read once (a library must not set them), Jakarta's charset table lacks the Microsoft supersets
 * Japanese and Korean mailers really use, and its base64 decoder skips characters that are not base64, turning
 * a broken body into silent garbage. The Session therefore needs no properties.
 */
public final class InboundMailParser {

    private static final int MAX_DEPTH = 32;
    /** headersOf reads at most this much, so a huge mail without a blank line stays cheap. */
    private static final int HEADER_VIEW_LIMIT = 1024 * 1024;

    private final ParseRules rules;
    private final AutoReplyDetector autoReplies;
    private final Session session = Session.getInstance(new Properties());

    public InboundMailParser(ParseRules rules) {
        this.rules = rules;
        this.autoReplies = new AutoReplyDetector(rules);
    }

    public ParsedMail parse(byte[] raw) throws UnreadableMailException {
        if (raw.length > rules.maxRawBytes()) {
            throw new UnreadableMailException(Reason.TOO_LARGE,
                    raw.length + " bytes, more than the limit of " + rules.maxRawBytes());
        }
        try {
            // a shared stream lets every part read its slice of raw instead of copying it
            return read(new MimeMessage(session, new SharedByteArrayInputStream(raw)));
        } catch (MessagingException e) {
            throw new UnreadableMailException(Reason.MALFORMED, "unreadable MIME structure: " + e.getMessage(), e);
        } catch (Undecodable e) {
            throw new UnreadableMailException(Reason.UNDECODABLE_CHARSET, e.getMessage());
        }
    }

    /** Every header of any raw mail, even a malformed or oversized one, for an admin to read; never throws. */
    public static List<Header> headersOf(byte[] raw) {
        List<Header> headers = new ArrayList<>();
        try {
            InternetHeaders read = new InternetHeaders(
                    new ByteArrayInputStream(raw, 0, Math.min(raw.length, HEADER_VIEW_LIMIT)));
            List<String> lines = Collections.list(read.getAllHeaderLines());
            Charset fallback = lines.stream().filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13)).findFirst()
                    .map(l -> MimeHeaderValue.parse(HeaderText.unfold(l.substring(13))).parameter("charset"))
                    .flatMap(MailCharsets::forName).orElse(null);
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String value = HeaderText.recover(HeaderText.unfold(line.substring(colon + 1)), fallback);
                headers.add(new Header(HeaderText.recover(line.substring(0, colon).strip(), fallback),
                        HeaderText.decodeWords(value).text().strip()));
            }
        } catch (MessagingException | RuntimeException e) {
            // best effort: what was read so far
        }
        return headers;
    }

    private ParsedMail read(MimeMessage message) throws MessagingException, UnreadableMailException {
        Body body = new Body();
        walk(message, body, 0);
        Charset fallback = body.charset;

        MailAddress from = AddressList.parse(header(message, "From", fallback), n -> decode(n, "the sender's name"))
                .stream().findFirst()
                .orElseThrow(() -> new UnreadableMailException(Reason.MALFORMED, "no parsable From address"));
        List<MailAddress> to = AddressList.parse(header(message, "To", fallback), n -> decode(n, "a recipient's name"));
        List<MailAddress> cc = AddressList.parse(header(message, "Cc", fallback), n -> decode(n, "a recipient's name"));
        String rawSubject = header(message, "Subject", fallback);
        String subject = rawSubject == null ? "" : decode(rawSubject, "the subject").strip();
        String messageId = MessageIds.in(header(message, "Message-ID", fallback)).stream().findFirst().orElse(null);
        List<String> inReplyTo = MessageIds.in(header(message, "In-Reply-To", fallback));
        List<String> references = MessageIds.in(header(message, "References", fallback));

        String html = body.html.isEmpty() ? null
                : MailHtml.sanitise(QuoteCutter.cut(Jsoup.parse(String.join("\n", body.html))));
        String plain = String.join("\n", body.plain);
        // an empty text/plain beside the HTML (some webmailers) says nothing; the HTML does
        String text = !plain.isBlank() ? QuoteCutter.cutText(plain) : html != null ? MailHtml.toText(html) : plain;
        String contentType = MimeHeaderValue.parse(header(message, "Content-Type", fallback)).token();
        Optional<String> autoReply = autoReplies.reason(name -> {
            String value = header(message, name, fallback);
            return value == null ? null : HeaderText.decodeWords(value).text();
        }, from, contentType, subject, messageId);

        return new ParsedMail(messageId, inReplyTo.isEmpty() ? null : inReplyTo.get(0), references, from, to, cc,
                subject, SubjectTicketNumber.in(subject), text, html, body.attachments, autoReply,
                contentHash(from, subject, text, body.attachments), ownReferences(inReplyTo, references),
                date(header(message, "Date", fallback)));
    }

    /** What the walk through the MIME tree collects. */
    private static final class Body {
        final List<String> plain = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final List<MailAttachment> attachments = new ArrayList<>();
        /** The first charset a text part declares: the best guess for raw 8-bit headers. */
        Charset charset;
    }

    private void walk(MimePart part, Body body, int depth) throws MessagingException, UnreadableMailException {
        if (depth > MAX_DEPTH) {
            throw new UnreadableMailException(Reason.MALFORMED, "MIME parts nested deeper than " + MAX_DEPTH);
        }
        MimeHeaderValue type = MimeHeaderValue.parse(header(part, "Content-Type", body.charset));
        String mediaType = type.token().isEmpty() ? "text/plain" : type.token();
        if (mediaType.startsWith("multipart/")) {
            String boundary = type.parameter("boundary");
            MimeMultipart multipart = new MimeMultipart(multipartSource(part, mediaType, boundary));
            for (int i = 0; i < multipart.getCount(); i++) {
                walk((MimeBodyPart) multipart.getBodyPart(i), body, depth + 1);
            }
            return;
        }
        MimeHeaderValue disposition = MimeHeaderValue.parse(header(part, "Content-Disposition", body.charset));
        String fileName = fileName(type, disposition);
        boolean text = mediaType.equals("text/plain") || mediaType.equals("text/html");
        if (text && fileName == null && !disposition.token().equals("attachment")) {
            String declared = type.parameter("charset");
            Charset charset = declared == null ? StandardCharsets.UTF_8 : MailCharsets.forName(declared)
                    .orElseThrow(() -> new Undecodable("a " + mediaType + " part in charset " + declared));
            if (declared != null && body.charset == null) {
                body.charset = charset;
            }
            String content = new String(content(part), charset).replace("\r\n", "\n");
            if (mediaType.equals("text/plain") && "flowed".equalsIgnoreCase(type.parameter("format"))) {
                content = FlowedText.unflow(content, "yes".equalsIgnoreCase(type.parameter("delsp")));
            }
            (mediaType.equals("text/plain") ? body.plain : body.html).add(content);
        } else if (!mediaType.startsWith("text/") || fileName != null || disposition.token().equals("attachment")) {
            // other inline text (text/enriched, text/watch-html) only repeats the body
            body.attachments.add(new MailAttachment(fileName == null ? fallbackName(mediaType, body) : eml(mediaType,
                    fileName), mediaType, content(part), contentId(part, body.charset)));
        }
    }

    /**
     * The part's body with a content type of only the media type and boundary: Jakarta Mail parses the whole
     * header strictly, so one sloppy parameter elsewhere would make the multipart unreadable.
     */
    private static DataSource multipartSource(MimePart part, String mediaType, String boundary) {
        MimePartDataSource body = new MimePartDataSource(part);
        String contentType = boundary == null ? mediaType
                : mediaType + "; boundary=\"" + boundary.replace("\"", "") + "\"";
        return new DataSource() {
            @Override
            public InputStream getInputStream() throws IOException {
                return body.getInputStream();
            }

            @Override
            public OutputStream getOutputStream() {
                throw new UnsupportedOperationException("read only");
            }

            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            public String getName() {
                return body.getName();
            }
        };
    }

    private String fileName(MimeHeaderValue type, MimeHeaderValue disposition) {
        MimeHeaderValue holder = disposition.parameter("filename") != null ? disposition : type;
        String raw = holder == disposition ? disposition.parameter("filename") : type.parameter("name");
        if (raw == null) {
            return null;
        }
        if (holder.unknownCharset() != null) {
            throw new Undecodable("a file name in charset " + holder.unknownCharset());
        }
        String decoded = decode(raw, "a file name").strip();
        // a Windows or Unix path from old mailers: the name is its last segment
        String name = decoded.substring(Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\')) + 1);
        return name.isBlank() ? null : name;
    }

    private static String eml(String mediaType, String fileName) {
        boolean mail = mediaType.equals("message/rfc822");
        return mail && !fileName.toLowerCase(Locale.ROOT).endsWith(".eml") ? fileName + ".eml" : fileName;
    }

    private static String fallbackName(String mediaType, Body body) {
        int number = body.attachments.size() + 1;
        return mediaType.equals("message/rfc822") ? "message-" + number + ".eml" : "attachment-" + number;
    }

    private static String contentId(MimePart part, Charset fallback) {
        String id = header(part, "Content-ID", fallback);
        return id == null ? null : id.strip().replaceAll("^<|>$", "");
    }

    /** The part's bytes with its transfer encoding undone. */
    private static byte[] content(MimePart part) throws UnreadableMailException {
        String header = header(part, "Content-Transfer-Encoding", null);
        String encoding = header == null ? "7bit" : header.strip().toLowerCase(Locale.ROOT);
        try (InputStream raw = part instanceof MimeMessage message ? message.getRawInputStream()
                : ((MimeBodyPart) part).getRawInputStream()) {
            byte[] bytes = raw.readAllBytes();
            return switch (encoding) {
                case "7bit", "8bit", "binary", "" -> bytes;
                case "base64" -> base64(bytes);
                default -> MimeUtility.decode(new ByteArrayInputStream(bytes), encoding).readAllBytes();
            };
        } catch (IOException | MessagingException e) {
            throw new UnreadableMailException(Reason.MALFORMED,
                    "a body part cannot be decoded as " + encoding + ": " + e.getMessage(), e);
        }
    }

    /**
     * Strict base64: anything but the alphabet, padding and whitespace means the part is not what it claims.
     * Some mailers encode line by line, each with its padding, so each padded run is decoded on its own.
     */
    private static byte[] base64(byte[] raw) throws UnreadableMailException {
        StringBuilder encoded = new StringBuilder(raw.length);
        for (byte b : raw) {
            char c = (char) (b & 0xFF);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                continue;
            }
            boolean alphabet = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '+' || c == '/' || c == '=';
            if (!alphabet) {
                throw new UnreadableMailException(Reason.MALFORMED,
                        "a base64 body part contains '" + (c < 0x20 || c > 0x7E ? String.format("\\x%02x", b) : c) + "'");
            }
            encoded.append(c);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length * 3 / 4);
        try {
            for (String run : encoded.toString().split("(?<==)(?=[^=])")) {
                out.writeBytes(Base64.getDecoder().decode(run));
            }
        } catch (IllegalArgumentException e) {
            throw new UnreadableMailException(Reason.MALFORMED, "a base64 body part is cut off: " + e.getMessage());
        }
        return out.toByteArray();
    }

    /** The first value of a header, unfolded and with raw 8-bit bytes read; encoded words still encoded. */
    private static String header(Part part, String name, Charset fallback) {
        String[] values;
        try {
            values = part.getHeader(name);
        } catch (MessagingException e) {
            // declared by the interface; parsed messages and parts answer from headers already in memory
            return null;
        }
        return values == null || values.length == 0 ? null : HeaderText.recover(HeaderText.unfold(values[0]), fallback);
    }

    private static String decode(String raw, String what) {
        HeaderText.Decoded decoded = HeaderText.decodeWords(raw);
        if (decoded.unknownCharset() != null) {
            throw new Undecodable(what + " in charset " + decoded.unknownCharset());
        }
        return decoded.text();
    }

    /** In-Reply-To first, then References from the newest. */
    private List<String> ownReferences(List<String> inReplyTo, List<String> references) {
        Set<String> ordered = new LinkedHashSet<>(inReplyTo);
        List<String> newestFirst = new ArrayList<>(references);
        Collections.reverse(newestFirst);
        ordered.addAll(newestFirst);
        return ordered.stream().filter(id -> MessageIds.domainOf(id).equals(rules.ownMessageIdDomain())).toList();
    }

    private static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new MailDateFormat().parse(value.strip()).toInstant();
        } catch (ParseException e) {
            return null;
        }
    }

    /** Normalised so that re-encoding, line endings or trailing spaces do not make a repeat look new. */
    private static String contentHash(MailAddress from, String subject, String text, List<MailAttachment> files) {
        StringBuilder canonical = new StringBuilder()
                .append(from.address()).append('\0')
                .append(normalise(subject).replaceAll("\\s+", " ")).append('\0')
                .append(normalise(text).lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse(""));
        for (MailAttachment file : files) {
            canonical.append('\0').append(file.sha256());
        }
        return MailAttachment.sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** A text we must show is in a charset no one knows; thrown deep in the walk, reported once by parse. */
    private static final class Undecodable extends RuntimeException {
        Undecodable(String message) {
            super(message, null, false, false);
        }
    }
}
