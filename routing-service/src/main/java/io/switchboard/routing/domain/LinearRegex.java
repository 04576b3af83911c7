package io.switchboard.routing.domain;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Regular expressions of conditions, run by RE2/J: matching time grows linearly with the input
 * (no backtracking) and patterns are at most {@value #MAX_PATTERN} characters, so no rule can stall
 * routing. The whole value is searched: a cut-off value would let an anchored pattern judge a text
 * it never saw (ticket-service bounds the values, e.g. content at 100,000 characters).
 */
public final class LinearRegex {

    public static final int MAX_PATTERN = 500;
    private static final int CACHE_SIZE = 1_000;
    private static final Map<String, Pattern> CACHE = new ConcurrentHashMap<>();

    private LinearRegex() {
    }

    /** Why the pattern is unusable, or empty when it compiles. */
    public static Optional<String> problem(String pattern) {
        if (pattern.length() > MAX_PATTERN) {
            return Optional.of("a regular expression may have at most " + MAX_PATTERN + " characters");
        }
        try {
            Pattern.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of("not a valid regular expression (RE2 syntax): " + e.getDescription());
        }
    }

    /** True when the pattern occurs anywhere in the input. */
    public static boolean find(String pattern, String input) {
        if (CACHE.size() >= CACHE_SIZE) {
            CACHE.clear();
        }
        Pattern compiled = CACHE.computeIfAbsent(pattern, Pattern::compile);
        return compiled.matcher(input).find();
    }
}
