package io.switchboard.notification.domain;

import java.util.UUID;

/** One mail ready for SMTP; {@code messageId} is stable per delivery, so a resend is recognisable. */
public record OutgoingMail(UUID deliveryId, String recipient, String subject, String text, String html,
                           String messageId) {
}
