package io.switchboard.ticket.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a ticket's processing history: an inquiry, a reply or an internal note. */
@Entity
@Table(name = "ticket_message")
public class TicketMessage {

    @Id
    private UUID id;

    @Column(name = "ticket_id", nullable = false)
    private UUID ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageType type;

    @Column(nullable = false)
    private String author;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_format", nullable = false)
    private MessageBody.Format bodyFormat;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The Message-ID header of the customer's mail this message came as; null for every other message. */
    @Column(name = "mail_message_id")
    private String mailMessageId;

    protected TicketMessage() {
    }

    TicketMessage(UUID ticketId, MessageType type, String author, MessageBody body, Instant createdAt) {
        this(ticketId, type, author, body, createdAt, null);
    }

    TicketMessage(UUID ticketId, MessageType type, String author, MessageBody body, Instant createdAt,
                  String mailMessageId) {
        this.mailMessageId = mailMessageId;
        this.id = UUID.randomUUID();
        this.ticketId = ticketId;
        this.type = type;
        this.author = author;
        this.body = body.text();
        this.bodyFormat = body.format();
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public MessageType type() {
        return type;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public MessageBody.Format bodyFormat() {
        return bodyFormat;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The same text with characters masked or restored (see io.switchboard.ticket.masking); nothing else changes. */
    public void rewriteMasked(String body) {
        this.body = body;
    }

    public String mailMessageId() {
        return mailMessageId;
    }
}
