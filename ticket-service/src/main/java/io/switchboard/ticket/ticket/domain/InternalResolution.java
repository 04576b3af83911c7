package io.switchboard.ticket.ticket.domain;

/** Why a ticket was closed without a mail (내부해결 / 内部解決). SPAM moves it to the spam box. */
public enum InternalResolution {
    SPAM, ABUSE, TEST, DUPLICATE, CHAT_RESOLVED, PHONE_RESOLVED, OTHER
}
