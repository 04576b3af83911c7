package io.switchboard.routing.domain;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Regular expressions of conditions, run by RE2/J: matching time grows linearly with the input
 * (no backtracking), patterns are at most {@value #MAX_PATTERN} characters and only the first
 * {@value #MAX_INPUT} characters of a value are searched, so no rule can stall routing.
 */
public final class LinearRegex {

    public static final int MAX_PATTERN = 500;
    public static final int MAX_INPUT = 20_000;
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

    /** True when the pattern occurs anywhere in the (truncated) input. */
    public static boolean find(String pattern, String input) {
        if (CACHE.size() >= CACHE_SIZE) {
            CACHE.clear();
        }
        Pattern compiled = CACHE.computeIfAbsent(pattern, Pattern::compile);
        String searched = input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input;
        return compiled.matcher(searched).find();
    }
}
