package io.switchboard.ticket.ticket.domain;

/** Where an inquiry came from (PRODUCT.md §3.2). */
public enum Channel {
    HELP_CENTER, EMAIL, API, CHAT, PHONE, SOCIAL, MANUAL
}
