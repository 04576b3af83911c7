package io.switchboard.notification.domain;

/** What a delivery is for, and so how it travels: by mail, or as an HTTP POST. */
public enum DeliveryKind {
    /** An operator's hold (interim) or resolve (final) reply, mailed to the ticket's customer in the layout. */
    CUSTOMER_REPLY(true),
    /** Tells an operator that a ticket was assigned to them. */
    ASSIGNMENT_NOTICE(true),
    /** Tells the assignee that an SLA clock of their ticket is about to fall due, or fell due. */
    SLA_NOTICE(true),
    /** A trigger's notification mail to the assignee, the group or the customer, rendered by routing. */
    MAIL(true),
    /** A trigger's forward of the ticket to an external address, rendered by routing. */
    FORWARD(true),
    /** A trigger's signed JSON POST to a callback URL. */
    CALLBACK(false),
    /** A trigger's message to a Dooray messenger incoming hook. */
    DOORAY_HOOK(false);

    private final boolean byMail;

    DeliveryKind(boolean byMail) {
        this.byMail = byMail;
    }

    public boolean byMail() {
        return byMail;
    }

    /** Kinds a routing decision may ask for (the others come from ticket events). */
    public boolean routed() {
        return this != ASSIGNMENT_NOTICE && this != CUSTOMER_REPLY && this != SLA_NOTICE;
    }
}
