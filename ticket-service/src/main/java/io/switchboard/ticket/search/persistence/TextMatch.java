package io.switchboard.ticket.search.persistence;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a ticket query keeps the tickets whose full text matches a tsquery, chosen by how many tickets match
 * ({@link TicketTexts#match}): the few matching ids themselves, or a probe of each ticket's document as the query
 * walks its index newest first. PostgreSQL's own choice between the two goes wrong where its estimate of a tsquery
 * is far off (two frequent words that never meet, phrases of frequent bigrams) and then costs seconds.
 */
public sealed interface TextMatch {

    /** The SQL condition on a ticket query with the alias {@code t}. */
    String condition();

    /** The condition's named parameters. */
    Map<String, Object> parameters();

    /** At most {@link TicketTexts#FEW} tickets match: these. */
    record Few(List<UUID> ids) implements TextMatch {

        public Few {
            ids = List.copyOf(ids);
        }

        @Override
        public String condition() {
            return ids.isEmpty() ? "false" : "t.id in (:textMatches)";
        }

        @Override
        public Map<String, Object> parameters() {
            return ids.isEmpty() ? Map.of() : Map.of("textMatches", ids);
        }
    }

    /** Many tickets match: each ticket the query walks is probed by its primary key (a subplan, never a join). */
    record Many(String tsquery) implements TextMatch {

        @Override
        public String condition() {
            return "(select x.document @@ cast(:textQuery as tsquery) from ticket_text x where x.ticket_id = t.id)";
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of("textQuery", tsquery);
        }
    }
}
