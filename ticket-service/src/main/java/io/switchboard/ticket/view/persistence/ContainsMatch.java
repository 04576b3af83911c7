package io.switchboard.ticket.view.persistence;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How a ticket query keeps the tickets whose title or customer name contains a text: checked on each ticket the
 * view walks (first on a bounded walk, {@link TicketListRepository#pageWithin}), or, for a rare text, chosen per
 * service ({@link TicketListRepository#containing}) by counting the matches in V20's gram index, so that neither a
 * rare nor a frequent text costs a scan. Left to itself, PostgreSQL multiplies the pairs' frequencies, misjudges frequent
 * phrases by orders of magnitude and sorts tens of thousands of matches; or it walks a view's index computing each
 * ticket's grams (15 µs a ticket) where a LIKE costs a tenth of that.
 */
public sealed interface ContainsMatch {

    /** The SQL condition on a ticket query with the alias {@code t}. */
    String condition();

    /** The condition's named parameters. */
    Map<String, Object> parameters();

    /** At most {@link TicketListRepository#FEW} tickets of the services searched contain the text: these. */
    record Few(String name, List<UUID> ids) implements ContainsMatch {

        public Few {
            ids = List.copyOf(ids);
        }

        @Override
        public String condition() {
            return ids.isEmpty() ? "false" : "t.id in (:" + name + ")";
        }

        @Override
        public Map<String, Object> parameters() {
            return ids.isEmpty() ? Map.of() : Map.of(name, ids);
        }
    }

    /** Many do (0.5 % or more of a million tickets): each ticket the query walks is checked. */
    record Many(String column, String name, String likePattern) implements ContainsMatch {

        @Override
        public String condition() {
            return "lower(" + column + ") like :" + name + " escape '\\'";
        }

        @Override
        public Map<String, Object> parameters() {
            return Map.of(name, likePattern);
        }
    }
}
