package io.switchboard.notification.domain;

/** What a mail is for. */
public enum DeliveryKind {
    /** Tells an operator that a ticket was assigned to them. */
    ASSIGNMENT_NOTICE
}
