package io.switchboard.ticket.ticket.domain;

import io.switchboard.platform.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A ticket's tags: at most {@link #MAX} of 1–{@value #MAX_LENGTH} characters, trimmed, unique ignoring case. */
public final class Tags {

    public static final int MAX = 20;
    public static final int MAX_LENGTH = 50;

    private Tags() {
    }

    /** The trimmed tags in their given order; each problem is added to {@code errors} under {@code field}. */
    public static List<String> of(List<String> raw, String field, List<Problem.FieldError> errors) {
        List<String> tags = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String tag = raw.get(i) == null ? "" : raw.get(i).strip();
            if (tag.isEmpty() || tag.length() > MAX_LENGTH) {
                errors.add(new Problem.FieldError(field + "[" + i + "]",
                        "must be 1–" + MAX_LENGTH + " characters after trimming"));
            } else if (!seen.add(tag.toLowerCase(Locale.ROOT))) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "repeats the tag '" + tag + "' (tags ignore case)"));
            } else {
                tags.add(tag);
            }
        }
        if (raw.size() > MAX) {
            errors.add(new Problem.FieldError(field, "at most " + MAX + " tags"));
        }
        return tags;
    }

    /** The tags with {@code added} appended, skipping ones already there (ignoring case); null when over the limit. */
    public static List<String> merge(List<String> tags, List<String> added) {
        List<String> merged = new ArrayList<>(tags);
        Set<String> seen = new HashSet<>(tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
        for (String tag : added) {
            String trimmed = tag.strip();
            if (!trimmed.isEmpty() && trimmed.length() <= MAX_LENGTH && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                merged.add(trimmed);
            }
        }
        return merged.size() > MAX ? null : merged;
    }
}
