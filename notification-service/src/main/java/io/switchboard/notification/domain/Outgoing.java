package io.switchboard.notification.domain;

import java.util.List;
import java.util.UUID;

/** A claimed delivery, ready for its channel. */
public sealed interface Outgoing {

    UUID deliveryId();

    /** One mail for SMTP; {@code messageId} is stable per delivery, so a resend is recognisable. */
    record Mail(UUID deliveryId, List<String> recipients, String subject, String text, String html,
                String messageId) implements Outgoing {
    }

    /** One HTTP POST; CALLBACK requests are signed with the service's secret at each attempt. */
    record Post(UUID deliveryId, DeliveryKind kind, String serviceCode, String url, String body) implements Outgoing {

        public boolean signed() {
            return kind == DeliveryKind.CALLBACK;
        }
    }
}
