package io.switchboard.ticket.ticket.domain;

/** The kinds of entries in a ticket's processing history (상담 처리 내역). */
public enum MessageType {
    CUSTOMER_INQUIRY, CUSTOMER_REINQUIRY, FINAL_REPLY, INTERIM_REPLY, INTERNAL_COMMENT, FORWARD_NOTE,
    /** The answer of the issue ticket this ticket was escalated to, by that ticket's operator; never mailed. */
    ESCALATION_ANSWER;

    /** Written for the service's operators only: never shown to the customer's side (integrations). */
    public boolean isInternal() {
        return this == INTERNAL_COMMENT || this == FORWARD_NOTE || this == ESCALATION_ANSWER;
    }

    /** Replies are mailed to the customer by notification-service. */
    public boolean isReply() {
        return this == FINAL_REPLY || this == INTERIM_REPLY;
    }
}
