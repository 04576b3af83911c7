package io.switchboard.notification.inbound.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ticket number our outbound subjects carry in square brackets ({@code [CS-12]}). It is searched anywhere,
 * so reply prefixes of any language ({@code Re:}, {@code AW:}, {@code 답장:}, {@code 回复:}) do not matter;
 * without brackets a {@code CS-12} is just text the customer wrote.
 */
public final class SubjectTicketNumber {

    private static final Pattern BRACKETED = Pattern.compile("\\[([A-Z][A-Z0-9_]{1,15}-[0-9]{1,18})]");

    private SubjectTicketNumber() {
    }

    /** The first bracketed ticket number: the one our own earlier mail put there. */
    public static Optional<String> in(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher matcher = BRACKETED.matcher(subject);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
