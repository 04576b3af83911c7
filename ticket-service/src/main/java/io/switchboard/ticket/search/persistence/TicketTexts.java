package io.switchboard.ticket.search.persistence;

import io.switchboard.ticket.search.domain.SearchText;
import io.switchboard.ticket.search.domain.TicketText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Up to {@code limit} tickets after {@code after} (by id) that have no document. */
    @SuppressWarnings("unchecked")
    public List<UUID> unindexed(UUID after, int limit) {
        return entityManager.createNativeQuery("""
                        select t.id from ticket t where t.id > :after
                        and not exists (select 1 from ticket_text x where x.ticket_id = t.id)
                        order by t.id limit :limit""", UUID.class)
                .setParameter("after", after).setParameter("limit", limit).getResultList();
    }

    /**
     * The documents of tickets that have none: title, content and their messages oldest first, as one part (the
     * seeder writes the same). A ticket that got its document meanwhile keeps it.
     */
    @SuppressWarnings("unchecked")
    public void indexExisting(List<UUID> ticketIds) {
        if (ticketIds.isEmpty()) {
            return;
        }
        Map<UUID, List<String>> texts = new LinkedHashMap<>();
        List<Object[]> tickets = entityManager.createNativeQuery(
                        "select id, title, content from ticket where id in :ids order by id")
                .setParameter("ids", ticketIds).getResultList();
        for (Object[] ticket : tickets) {
            texts.put((UUID) ticket[0], new ArrayList<>(List.of((String) ticket[1], (String) ticket[2])));
        }
        List<Object[]> messages = entityManager.createNativeQuery("""
                        select ticket_id, body, body_format from ticket_message where ticket_id in :ids
                        order by created_at, id""")
                .setParameter("ids", ticketIds).getResultList();
        for (Object[] message : messages) {
            texts.get((UUID) message[0]).add(visible((String) message[1], "HTML".equals(message[2])));
        }
        texts.forEach((id, parts) -> {
            SearchText.Part part = SearchText.part(parts);
            entityManager.createNativeQuery("""
                            insert into ticket_text (ticket_id, document, size) values (:id, cast(:document as tsvector), :size)
                            on conflict (ticket_id) do nothing""")
                    .setParameter("id", id).setParameter("document", part.vector()).setParameter("size", part.bytes())
                    .executeUpdate();
        });
    }

    /**
     * Writes the ticket's document afresh from its title, content and messages as they are now, e.g. once characters
     * of a message were masked: built as it was written, a part for the title and content and one per message, up to
     * {@link #MAX_DOCUMENT_BYTES}. The document's row is locked first and rewritten in place, so a message appended by
     * a transaction running meanwhile is either read here or lands on the rewritten row, never lost.
     */
    @SuppressWarnings("unchecked")
    public void reindex(UUID ticketId) {
        entityManager.flush();
        entityManager.createNativeQuery("select ticket_id from ticket_text where ticket_id = :id for update")
                .setParameter("id", ticketId).getResultList();
        Object[] ticket = (Object[]) entityManager.createNativeQuery("select title, content from ticket where id = :id")
                .setParameter("id", ticketId).getSingleResult();
        SearchText.Part first = SearchText.part(List.of((String) ticket[0], (String) ticket[1]));
        entityManager.createNativeQuery("""
                        insert into ticket_text (ticket_id, document, size) values (:id, cast(:document as tsvector), :size)
                        on conflict (ticket_id) do update set document = excluded.document, size = excluded.size""")
                .setParameter("id", ticketId).setParameter("document", first.vector()).setParameter("size", first.bytes())
                .executeUpdate();
        List<Object[]> messages = entityManager.createNativeQuery(
                        "select body, body_format from ticket_message where ticket_id = :id order by created_at, id")
                .setParameter("id", ticketId).getResultList();
        for (Object[] message : messages) {
            append(ticketId, (String) message[0], "HTML".equals(message[1]));
        }
    }

    /** Adds a message's text (the visible text of an HTML body) to the ticket's document. */
    public void append(UUID ticketId, String body, boolean html) {
        SearchText.Part part = SearchText.part(List.of(visible(body, html)));
        entityManager.createNativeQuery("""
                        update ticket_text set document = document || cast(:document as tsvector), size = size + :size
                        where ticket_id = :id and size + :size <= :max""")
                .setParameter("id", ticketId).setParameter("document", part.vector()).setParameter("size", part.bytes())
                .setParameter("max", MAX_DOCUMENT_BYTES).executeUpdate();
    }

    private static String visible(String body, boolean html) {
        return html ? Jsoup.parse(body).text() : body;
    }
}
