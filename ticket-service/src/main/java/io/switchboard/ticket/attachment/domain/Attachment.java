package io.switchboard.ticket.attachment.domain;

import io.switchboard.ticket.ticket.domain.TicketEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file attached to a ticket: its metadata; the bytes are kept by the AttachmentStorage under {@code storageKey}. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    private UUID id;

    @Column(name = "ticket_id", nullable = false)
    private UUID ticketId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    /** The message that sent this file; null while it is only uploaded. */
    @Column(name = "message_id")
    private UUID messageId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    public Attachment(UUID ticketId, FileName fileName, String contentType, long size, String sha256, String createdBy,
                      Instant createdAt) {
        this.id = UUID.randomUUID();
        this.ticketId = ticketId;
        this.fileName = fileName.value();
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = "tickets/" + ticketId + "/attachments/" + id;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The line in the ticket's history that records this upload. */
    public TicketEvent addedEvent() {
        return new TicketEvent(ticketId, TicketEvent.Type.ATTACHMENT_ADDED, createdBy,
                "Attached " + fileName + " (" + contentType + ", " + size + " bytes)", createdAt);
    }

    /**
     * Sends the file with a message of {@code messageTicket}. A re-inquiry on a completed ticket passes no
     * message: its files move to the follow-up ticket, whose content is that re-inquiry.
     */
    public void sendWith(UUID messageTicket, UUID message) {
        if (messageId != null) {
            throw new IllegalStateException("attachment " + id + " was already sent with message " + messageId);
        }
        this.ticketId = messageTicket;
        this.messageId = message;
    }

    public UUID messageId() {
        return messageId;
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
