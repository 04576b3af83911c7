package io.switchboard.notification.mail.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One place where a forbidden word occurs in a text: {@code [start, end)} in UTF-16 offsets. Words are found
 * case-insensitively and anywhere (Korean and Japanese have no spaces between words), as ticket-service
 * refuses replies.
 */
public record ForbiddenWordMatch(String word, int start, int end) {

    /** Every occurrence of every word, in text order; overlapping occurrences are all reported. */
    public static List<ForbiddenWordMatch> findIn(String text, Collection<String> words) {
        String haystack = text.toLowerCase(Locale.ROOT);
        List<ForbiddenWordMatch> found = new ArrayList<>();
        for (String word : words) {
            String needle = word.strip().toLowerCase(Locale.ROOT);
            // lower-casing may change lengths (e.g. 'İ'); then offsets would drift, so such words match exactly
            boolean sameLengths = haystack.length() == text.length() && needle.length() == word.strip().length();
            String in = sameLengths ? haystack : text;
            String what = sameLengths ? needle : word.strip();
            if (what.isEmpty()) {
                continue;
            }
            for (int at = in.indexOf(what); at >= 0; at = in.indexOf(what, at + 1)) {
                found.add(new ForbiddenWordMatch(word.strip(), at, at + what.length()));
            }
        }
        found.sort(Comparator.comparingInt(ForbiddenWordMatch::start).thenComparingInt(ForbiddenWordMatch::end));
        return found;
    }

    public ForbiddenWordMatch shift(int offset) {
        return new ForbiddenWordMatch(word, start + offset, end + offset);
    }
}
