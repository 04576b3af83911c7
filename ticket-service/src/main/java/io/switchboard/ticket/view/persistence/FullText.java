package io.switchboard.ticket.view.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The full-text condition of {@code q}, the one place where it joins the list query. Until the search index
 * (issue 11, slice "search") replaces it, every word must occur in the title or the content, case-insensitive.
 */
final class FullText {

    private FullText() {
    }

    /** The words of a query, each of which must occur. */
    static List<String> words(String q) {
        return Arrays.stream(q.toLowerCase(Locale.ROOT).trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The condition on ticket {@code t} for the i-th word, bound as {@code :text<i>} (a LIKE pattern). */
    static String condition(int i) {
        return "(lower(t.title) like :text" + i + " escape '\\' or lower(t.content) like :text" + i + " escape '\\')";
    }
}
