package io.switchboard.ticket.search.application;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.search.domain.SearchText;

/** The full-text parameter {@code q} of ticket lists, checked and turned into a tsquery. */
public final class TextQueries {

    private TextQueries() {
    }

    /** The tsquery of {@code q}. A q too long, or without a letter or digit, is a 400. */
    public static String of(String q) {
        if (q.length() > SearchText.MAX_QUERY_LENGTH) {
            throw new ProblemException.Invalid("q", "must be at most " + SearchText.MAX_QUERY_LENGTH + " characters");
        }
        return SearchText.query(q).orElseThrow(() -> new ProblemException.Invalid("q",
                "must contain a word: a letter or digit to search for"));
    }
}
