package io.switchboard.notification.inbound.domain;

import java.util.Locale;

/** An address (lower-cased) and its decoded display name (null when there is none). */
public record MailAddress(String address, String displayName) {

    public MailAddress {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("address is required");
        }
        address = address.strip().toLowerCase(Locale.ROOT);
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
    }

    public String localPart() {
        return address.substring(0, address.lastIndexOf('@'));
    }
}
