package io.switchboard.notification.inbound.domain;

import java.util.List;

/**
 * Text from a mail as the databases can keep it: a mail may decode to the NUL character (a stray byte, a
 * broken charset), which PostgreSQL refuses in text. It is dropped, so the mail is stored and published
 * rather than block its mailbox.
 */
public final class Storable {

    private Storable() {
    }

    public static String text(String value) {
        return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
    }

    public static List<String> texts(List<String> values) {
        return values.stream().map(Storable::text).toList();
    }
}
