package io.switchboard.ticket.search.persistence;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;

/**
 * How a ticket query keeps the tickets whose full text matches a tsquery, chosen by how many tickets match
 * ({@link TicketTexts#match}): the few matching ids themselves, or a probe of each ticket's document as the query
 * walks its index newest first. PostgreSQL's own choice between the two goes wrong where its estimate of a tsquery
 * is far off (two frequent words that never meet, phrases of frequent bigrams) and then costs seconds.
 */
public sealed interface TextMatch {

    /** The condition on a ticket query with the alias {@code t}. */
    String condition();

    /** Binds the condition's parameters. */
    void bind(TypedQuery<?> query);

    /** At most {@link TicketTexts#FEW} tickets match: these. */
    record Few(List<UUID> ids) implements TextMatch {

        public Few {
            ids = List.copyOf(ids);
        }

        @Override
        public String condition() {
            return "t.id in :textMatches";
        }

        @Override
        public void bind(TypedQuery<?> query) {
            query.setParameter("textMatches", ids);
        }
    }

    /** Many tickets match: each ticket the query walks is probed by its primary key (a subplan, never a join). */
    record Many(String tsquery) implements TextMatch {

        @Override
        public String condition() {
            return "cast(sql('(select x.document @@ cast(? as tsquery) from ticket_text x where x.ticket_id = ?)', "
                    + ":textQuery, t.id) as Boolean)";
        }

        @Override
        public void bind(TypedQuery<?> query) {
            query.setParameter("textQuery", tsquery);
        }
    }
}
