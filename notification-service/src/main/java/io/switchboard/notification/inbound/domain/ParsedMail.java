package io.switchboard.notification.inbound.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An inbound mail as a ticket needs it.
 *
 * @param messageId            with angle brackets; null if the mail has none
 * @param inReplyTo            the first Message-ID in In-Reply-To, or null
 * @param references           the Message-IDs in References, oldest first
 * @param subject              decoded; "" if none
 * @param subjectTicketNumber  a bracketed ticket number such as {@code CS-12} in the subject
 * @param text                 what the customer wrote, the quoted earlier mail cut off
 * @param html                 sanitised HTML with the quote cut off; null for a text-only mail
 * @param autoReply            why no customer wrote this mail; it must not create or reopen a ticket
 * @param contentHash          hex SHA-256 over sender, subject, text and attachments, to spot duplicates
 *                             of mails without a Message-ID
 * @param ownMessageReferences Message-IDs of our own mails this one answers, most recent first
 * @param date                 the Date header, or null when absent or unreadable
 */
public record ParsedMail(String messageId, String inReplyTo, List<String> references, MailAddress from,
        List<MailAddress> to, List<MailAddress> cc, String subject, Optional<String> subjectTicketNumber, String text,
        String html, List<MailAttachment> attachments, Optional<String> autoReply, String contentHash,
        List<String> ownMessageReferences, Instant date) {

    public ParsedMail {
        references = List.copyOf(references);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
        ownMessageReferences = List.copyOf(ownMessageReferences);
    }

    public boolean isAutoReply() {
        return autoReply.isPresent();
    }
}
