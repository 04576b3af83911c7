package io.switchboard.ticket.search.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A ticket's full-text document: its title and content, then the text of every message added (see
 * {@link SearchText}). {@code size} bounds the document's bytes so that appending can stop before PostgreSQL's limit.
 */
@Entity
@Table(name = "ticket_text")
public class TicketText {

    @Id
    @Column(name = "ticket_id")
    private UUID ticketId;

    /** tsvector in its text form; written, never read (the search condition reads the column itself). */
    @ColumnTransformer(write = "cast(? as tsvector)")
    @Column(nullable = false)
    private String document;

    @Column(nullable = false)
    private int size;

    protected TicketText() {
    }

    /** The document of a new ticket. */
    public TicketText(UUID ticketId, String title, String content) {
        SearchText.Part part = SearchText.part(List.of(title, content));
        this.ticketId = ticketId;
        this.document = part.vector();
        this.size = part.bytes();
    }
}
