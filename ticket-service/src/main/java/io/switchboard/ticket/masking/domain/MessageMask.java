package io.switchboard.ticket.masking.domain;

import io.switchboard.platform.secret.KeyRing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A masked range of a message, or of the ticket's own content when {@link #messageId()} is null: code points
 * {@code start} (inclusive) to {@code end} (exclusive) of its text (see {@link MaskedText}) hold {@code *} in the row,
 * and the original characters are kept only sealed — with the HTML attributes that held them, if any, sealed under
 * the same key.
 */
@Entity
@Table(name = "message_mask")
public class MessageMask {

    @Id
    private UUID id;

    /** Null for a mask of the ticket's content. */
    @Column(name = "message_id")
    private UUID messageId;

    @Column(name = "ticket_id", nullable = false)
    private UUID ticketId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(name = "key_id", nullable = false)
    private String keyId;

    @Column(name = "sealed_original", nullable = false)
    private String sealedOriginal;

    @Column(name = "sealed_attributes")
    private String sealedAttributes;

    @Column(name = "masked_by", nullable = false)
    private String maskedBy;

    @Column(name = "masked_at", nullable = false)
    private Instant maskedAt;

    protected MessageMask() {
    }

    /** Not sealed yet: {@link #reseal} it (the sealing is bound to the mask's id and where it is) before it is stored. */
    public MessageMask(UUID id, UUID ticketId, UUID messageId, int start, int end, String maskedBy, Instant maskedAt) {
        this.id = id;
        this.ticketId = ticketId;
        this.messageId = messageId;
        this.start = start;
        this.end = end;
        this.maskedBy = maskedBy;
        this.maskedAt = maskedAt;
    }

    /**
     * What the sealed original is bound to: the message (or the ticket, for its content) and this mask, so a
     * ciphertext copied to another row does not open.
     */
    public String sealingContext() {
        return messageId == null ? "ticket-content-mask:" + ticketId + ":" + id : "message-mask:" + messageId + ":" + id;
    }

    /** What the sealed attributes are bound to: where the mask is and this mask, apart from the original characters. */
    public String attributesSealingContext() {
        return (messageId == null ? "ticket-content-mask-attributes:" + ticketId : "message-mask-attributes:" + messageId)
                + ":" + id;
    }

    /** Whether the mask is of the ticket's own content rather than a message. */
    public boolean ofContent() {
        return messageId == null;
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return otherStart < end && start < otherEnd;
    }

    /** The same original (and attributes, or null) sealed again, e.g. under a newer key. */
    public void reseal(KeyRing.Sealed original, KeyRing.Sealed attributes) {
        if (attributes != null && !attributes.keyId().equals(original.keyId())) {
            throw new IllegalArgumentException("a mask's original and attributes are sealed under one key");
        }
        this.keyId = original.keyId();
        this.sealedOriginal = original.ciphertext();
        this.sealedAttributes = attributes == null ? null : attributes.ciphertext();
    }

    public KeyRing.Sealed sealedOriginal() {
        return new KeyRing.Sealed(keyId, sealedOriginal);
    }

    /** The attributes the mask took out, sealed; empty when it took none. */
    public Optional<KeyRing.Sealed> sealedAttributes() {
        return Optional.ofNullable(sealedAttributes).map(ciphertext -> new KeyRing.Sealed(keyId, ciphertext));
    }

    public UUID id() {
        return id;
    }

    public UUID messageId() {
        return messageId;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String maskedBy() {
        return maskedBy;
    }

    public Instant maskedAt() {
        return maskedAt;
    }
}
