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
     * The condition of a ticket query (alias {@code t}) that its title, content or a message matches the tsquery
     * parameter {@code :text} ({@link SearchText#query}). As a semi-join PostgreSQL either reads the matches from the
     * GIN index or probes the document of each ticket it walks newest first, whichever its statistics say is cheaper.
     */
    public static final String MATCHES = "t.id in (select x.ticketId from TicketText x "
            + "where cast(sql('? @@ cast(? as tsquery)', x.document, :text) as Boolean))";

    private final EntityManager entityManager;

    TicketTexts(EntityManager entityManager) {
        this.entityManager = entityManager;
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
