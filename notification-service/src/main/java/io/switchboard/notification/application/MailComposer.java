package io.switchboard.notification.application;

import io.switchboard.notification.domain.AttachmentRef;
import io.switchboard.notification.domain.Outgoing;
import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the MIME message of a mail: UTF-8 text and HTML alternatives, the files, our Message-ID and the
 * threading headers. Mails no person wrote (notices, trigger mails) say so in {@code Auto-Submitted}, so
 * auto-responders do not answer them.
 */
public final class MailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MailComposer() {
    }

    /** @param files each attachment's bytes, in a temporary file */
    public static MimeMessage compose(MimeMessage message, Outgoing.Mail mail, String defaultFrom, boolean writtenByPerson,
                               Map<AttachmentRef, Path> files) throws MessagingException {
        message.setFrom(address(mail.from() == null ? defaultFrom : mail.from()));
        for (String to : mail.recipients()) {
            message.addRecipient(Message.RecipientType.TO, address(to));
        }
        message.setSubject(mail.subject() == null ? "" : mail.subject(), UTF_8);
        message.setSentDate(new java.util.Date());
        if (mail.inReplyTo() != null) {
            message.setHeader("In-Reply-To", mail.inReplyTo());
        }
        if (!mail.references().isEmpty()) {
            message.setHeader("References", MimeUtility.fold(12, String.join(" ", mail.references())));
        }
        if (!writtenByPerson) {
            message.setHeader("Auto-Submitted", "auto-generated");
        }
        if (files.isEmpty()) {
            fill(message, mail);
            return message;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        fill(body, mail);
        mixed.addBodyPart(body);
        for (Map.Entry<AttachmentRef, Path> file : files.entrySet()) {
            MimeBodyPart part = new MimeBodyPart();
            String contentType = file.getKey().contentType();
            part.setDataHandler(new DataHandler(new FileDataSource(file.getValue().toFile()) {
                @Override
                public String getContentType() {
                    return contentType;
                }
            }));
            part.setFileName(encodedFileName(file.getKey().fileName()));
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            // always base64: a file that looks like text would go 7bit and have its line endings rewritten
            part.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(part);
        }
        message.setContent(mixed);
        return message;
    }

    /** multipart/alternative of text and HTML when both exist; otherwise the one part there is. */
    private static void fill(MimePart part, Outgoing.Mail mail) throws MessagingException {
        if (mail.text() != null && mail.html() != null) {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), UTF_8);
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), UTF_8, "html");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            part.setContent(alternative);
        } else if (mail.html() != null) {
            part.setText(mail.html(), UTF_8, "html");
        } else {
            part.setText(mail.text() == null ? "" : mail.text(), UTF_8);
        }
    }

    private static String encodedFileName(String name) throws MessagingException {
        try {
            return MimeUtility.encodeText(name, UTF_8, null);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("cannot encode the file name " + name, e);
        }
    }

    /** {@code Name <address>} or a bare address; a non-ASCII name is encoded (RFC 2047). */
    static InternetAddress address(String value) throws AddressException {
        InternetAddress parsed = new InternetAddress(value, false);
        try {
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new AddressException("cannot encode the name of " + value);
        }
    }
}
