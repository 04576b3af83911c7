package io.switchboard.ticket.search.persistence;

import io.switchboard.ticket.search.domain.SearchText;
import io.switchboard.ticket.search.domain.TicketText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;

/**
 * Keeps each ticket's full-text document (table ticket_text) in the transaction that writes its texts: a new ticket's
 * title and content, then every message appended. A document stops growing near {@link #MAX_DOCUMENT_BYTES}.
 */
@ApplicationScoped
public class TicketTexts {

    /** Comfortably below PostgreSQL's 1 MB for a tsvector. */
    static final int MAX_DOCUMENT_BYTES = 768 * 1024;

    /**
     * Up to this many matches are read from the GIN index and listed by id; more (0.5 % of a million tickets) are
     * found by probing the tickets a view walks, of which about one in 200 or more then matches.
     */
    static final int FEW = 5_000;

    private final EntityManager entityManager;

    TicketTexts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How a ticket query finds the tickets matching a tsquery ({@link SearchText#query}). */
    @SuppressWarnings("unchecked")
    public TextMatch match(String tsquery) {
        List<UUID> ids = entityManager.createNativeQuery(
                        "select ticket_id from ticket_text where document @@ cast(:query as tsquery) limit :limit",
                        UUID.class)
                .setParameter("query", tsquery).setParameter("limit", FEW + 1).getResultList();
        return ids.size() <= FEW ? new TextMatch.Few(ids) : new TextMatch.Many(tsquery);
    }

    /** The document of a new ticket. */
    public void index(UUID ticketId, String title, String content) {
        entityManager.persist(new TicketText(ticketId, title, content));
    }

    /** Adds a message's text (the visible text of an HTML body) to the ticket's document. */
    public void append(UUID ticketId, String body, boolean html) {
        SearchText.Part part = SearchText.part(List.of(html ? Jsoup.parse(body).text() : body));
        entityManager.createNativeQuery("""
                        update ticket_text set document = document || cast(:document as tsvector), size = size + :size
                        where ticket_id = :id and size + :size <= :max""")
                .setParameter("id", ticketId).setParameter("document", part.vector()).setParameter("size", part.bytes())
                .setParameter("max", MAX_DOCUMENT_BYTES).executeUpdate();
    }
}
