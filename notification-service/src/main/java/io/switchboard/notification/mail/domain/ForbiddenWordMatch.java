package io.switchboard.notification.mail.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One place where a forbidden word occurs in a text: {@code [start, end)} in UTF-16 offsets of that text.
 * Words are found as ticket-service refuses replies: anywhere (Korean and Japanese have no spaces between
 * words), ignoring case, full-width and half-width forms (ｂａｋａ) and invisible characters inside a word.
 */
public record ForbiddenWordMatch(String word, int start, int end) {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

    /** Every occurrence of every word, in text order; overlapping occurrences are all reported. */
    public static List<ForbiddenWordMatch> findIn(String text, Collection<String> words) {
        Folded haystack = Folded.of(text);
        List<ForbiddenWordMatch> found = new ArrayList<>();
        for (String word : words) {
            String needle = Folded.of(word.strip()).text();
            if (needle.isEmpty()) {
                continue;
            }
            for (int at = haystack.text().indexOf(needle); at >= 0; at = haystack.text().indexOf(needle, at + 1)) {
                found.add(new ForbiddenWordMatch(word.strip(), haystack.origin(at),
                        haystack.originEnd(at + needle.length() - 1)));
            }
        }
        found.sort(Comparator.comparingInt(ForbiddenWordMatch::start).thenComparingInt(ForbiddenWordMatch::end));
        return found;
    }

    public ForbiddenWordMatch shift(int offset) {
        return new ForbiddenWordMatch(word, start + offset, end + offset);
    }

    /**
     * The text normalised code point by code point (NFKC, lower case, invisible characters dropped), with,
     * for each of its characters, where the code point it came from starts and ends in the original.
     */
    private record Folded(String text, int[] starts, int[] ends) {

        static Folded of(String original) {
            StringBuilder out = new StringBuilder(original.length());
            int[] starts = new int[original.length() + 16];
            int[] ends = new int[starts.length];
            for (int i = 0; i < original.length(); ) {
                int next = i + Character.charCount(original.codePointAt(i));
                String piece = original.substring(i, next);
                String normal = INVISIBLE.matcher(piece).matches() ? ""
                        : Normalizer.normalize(piece, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
                if (out.length() + normal.length() > starts.length) { // NFKC may expand one code point to several
                    starts = Arrays.copyOf(starts, (out.length() + normal.length()) * 2);
                    ends = Arrays.copyOf(ends, starts.length);
                }
                for (int k = 0; k < normal.length(); k++) {
                    starts[out.length()] = i;
                    ends[out.length()] = next;
                    out.append(normal.charAt(k));
                }
                i = next;
            }
            return new Folded(out.toString(), starts, ends);
        }

        int origin(int index) {
            return starts[index];
        }

        int originEnd(int index) {
            return ends[index];
        }
    }
}
