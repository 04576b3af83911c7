package io.switchboard.notification.inbound.domain;

/** One header field as an admin reads it: unfolded, encoded words decoded. */
public record Header(String name, String value) {
}
