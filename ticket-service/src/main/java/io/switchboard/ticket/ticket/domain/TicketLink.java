package io.switchboard.ticket.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A directed relation between two tickets, e.g. a follow-up of a completed one. */
@Entity
@Table(name = "ticket_link")
public class TicketLink {

    public enum Type {
        FOLLOW_UP_OF, DUPLICATE_OF, ESCALATED_TO, ESCALATED_FROM;

        /** An escalation is stored as a link each way, so each ticket has its own side of it. */
        public boolean storedBothWays() {
            return this == ESCALATED_TO || this == ESCALATED_FROM;
        }
    }

    @Id
    private UUID id;

    @Column(name = "from_id", nullable = false)
    private UUID fromId;

    @Column(name = "to_id", nullable = false)
    private UUID toId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Type type;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TicketLink() {
    }

    public TicketLink(UUID fromId, UUID toId, Type type, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.fromId = fromId;
        this.toId = toId;
        this.type = type;
        this.createdAt = createdAt;
    }

    /** Only duplicates are marked by hand, so only they can be unmarked; the others record history. */
    public boolean removable() {
        return type == Type.DUPLICATE_OF;
    }

    public UUID id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID fromId() {
        return fromId;
    }

    public UUID toId() {
        return toId;
    }

    public Type type() {
        return type;
    }
}
