package io.switchboard.notification.domain;

import java.util.List;
import java.util.UUID;

/** A claimed delivery, ready for its channel. */
public sealed interface Outgoing {

    UUID deliveryId();

    /**
     * One mail for SMTP; {@code messageId} is stable per delivery, so a resend is recognisable. {@code from}
     * null: the default sender. {@code attachments} are fetched from the ticket when the mail is sent.
     */
    record Mail(UUID deliveryId, DeliveryKind kind, UUID ticketId, String from, List<String> recipients, String subject, String text,
                String html, String messageId, String inReplyTo, List<String> references,
                List<AttachmentRef> attachments) implements Outgoing {

        /** A person wrote it (an operator's reply); everything else is generated. */
        public boolean writtenByPerson() {
            return kind == DeliveryKind.CUSTOMER_REPLY;
        }
    }

    /** One HTTP POST; CALLBACK requests are signed with the service's secret at each attempt. */
    record Post(UUID deliveryId, DeliveryKind kind, String serviceCode, String url, String body) implements Outgoing {

        public boolean signed() {
            return kind == DeliveryKind.CALLBACK;
        }
    }
}
