package io.switchboard.notification.mail.domain;

import java.util.Optional;

/** The replies that are mailed to the customer, each with its own layouts. */
public enum ReplyType {
    /** The final reply (해결 / 解決): the ticket becomes RESOLVED. */
    RESOLVE("FINAL_REPLY"),
    /** An interim reply (보류 / 保留): the ticket goes ON_HOLD. */
    HOLD("INTERIM_REPLY");

    private final String messageType;

    ReplyType(String messageType) {
        this.messageType = messageType;
    }

    /** The reply type of a ticket message type (MessageAdded {@code type}); empty for messages that are not mailed. */
    public static Optional<ReplyType> ofMessageType(String type) {
        for (ReplyType reply : values()) {
            if (reply.messageType.equals(type)) {
                return Optional.of(reply);
            }
        }
        return Optional.empty();
    }
}
