package io.switchboard.ticket.search.application;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.search.domain.SearchText;

/** The full-text parameter {@code q} of ticket lists, checked and turned into a tsquery. */
public final class TextQueries {

    private TextQueries() {
    }

    /** The tsquery of {@code q} (its length is bounded with the list's other parameters); without a word, a 400. */
    public static String of(String q) {
        return SearchText.query(q).orElseThrow(() -> new ProblemException.Invalid("q",
                "must contain a word: a letter or digit to search for"));
    }
}
