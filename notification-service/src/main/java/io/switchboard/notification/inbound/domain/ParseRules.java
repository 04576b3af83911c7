package io.switchboard.notification.inbound.domain;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the parser needs to know about us: the largest raw mail it reads, our own addresses (a mail from
 * one of them is a loop) and the domain of our own Message-IDs ({@code <uuid@domain>}).
 */
public record ParseRules(long maxRawBytes, Set<String> ownAddresses, String ownMessageIdDomain) {

    public static final long DEFAULT_MAX_RAW_BYTES = 25L * 1024 * 1024;

    public ParseRules {
        if (maxRawBytes <= 0) {
            throw new IllegalArgumentException("maxRawBytes must be positive");
        }
        if (ownMessageIdDomain == null || ownMessageIdDomain.isBlank()) {
            throw new IllegalArgumentException("ownMessageIdDomain is required");
        }
        ownAddresses = ownAddresses.stream().map(a -> a.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        ownMessageIdDomain = ownMessageIdDomain.strip().toLowerCase(Locale.ROOT);
    }

    public ParseRules(Set<String> ownAddresses, String ownMessageIdDomain) {
        this(DEFAULT_MAX_RAW_BYTES, ownAddresses, ownMessageIdDomain);
    }
}
