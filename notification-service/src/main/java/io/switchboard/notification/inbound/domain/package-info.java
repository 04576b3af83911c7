/**
 * Inbound mail as pure domain code (PRODUCT.md §7): {@link io.switchboard.notification.inbound.domain.InboundMailParser}
 * turns one raw RFC 5322 message into a {@link io.switchboard.notification.inbound.domain.ParsedMail} (decoded
 * headers, the customer's text and sanitised HTML without the quoted earlier mail, attachments, the ticket number
 * in the subject, our own Message-IDs it answers, a content hash, and why it is automatic if it is) or refuses it
 * with an {@link io.switchboard.notification.inbound.domain.UnreadableMailException} to quarantine.
 * {@link io.switchboard.notification.inbound.domain.QuoteCutter} works alone on any reply text or HTML.
 * No I/O, no CDI: the IMAP poller calls it.
 */
package io.switchboard.notification.inbound.domain;
