package io.switchboard.notification.domain;

import java.util.List;
import java.util.UUID;

/**
 * A reply rendered for the customer, ready to be queued.
 *
 * @param ticketMessageId the reply's id in ticket-service, which the delivery takes as its own
 * @param from            the {@code From} header, e.g. {@code CS 고객센터 <cs@example.com>}; null for the default
 * @param mailMessageId   our {@code Message-ID}, stable for this reply
 */
public record CustomerReply(UUID ticketMessageId, UUID eventId, UUID ticketId, String serviceCode, String from,
                            String to, String subject, String html, String text, String mailMessageId,
                            String inReplyTo, List<String> references, List<AttachmentRef> attachments) {
}
