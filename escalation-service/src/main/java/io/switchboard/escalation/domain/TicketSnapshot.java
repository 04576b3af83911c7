package io.switchboard.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** This service's copy of a ticket's state, as of the newest ticket event it has applied. */
@Entity
@Table(name = "ticket_snapshot")
public class TicketSnapshot {

    @Id
    @Column(name = "ticket_id")
    private UUID ticketId;

    @Column(nullable = false)
    private String number;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String status;

    private String assignee;

    @Column(name = "group_id")
    private UUID groupId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    private String priority;

    private String channel;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "inquiry_type_path", nullable = false)
    private List<UUID> inquiryTypePath = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> tags = new ArrayList<>();

    /** When the ticket was created (TicketCreated), else the first event seen of it. */
    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_event_id", nullable = false)
    private UUID lastEventId;

    protected TicketSnapshot() {
    }

    public static TicketSnapshot of(TicketChange change) {
        if (!change.complete()) {
            throw new IllegalArgumentException("a snapshot starts from a change describing the whole ticket");
        }
        TicketSnapshot snapshot = new TicketSnapshot();
        snapshot.ticketId = change.ticketId();
        snapshot.createdAt = change.at();
        snapshot.take(change);
        return snapshot;
    }

    /** Applies a change unless it is older than what the snapshot already shows; true if applied. */
    public boolean apply(TicketChange change) {
        if (change.at().isBefore(updatedAt)) {
            return false;
        }
        take(change);
        return true;
    }

    private void take(TicketChange change) {
        number = change.number();
        serviceCode = change.serviceCode();
        if (change.title() != null) {
            title = change.title();
        }
        status = change.status();
        if (change.assignment() != null) {
            assignee = change.assignment().assignee();
            groupId = change.assignment().groupId();
        }
        if (change.attributes() != null) {
            take(change.attributes());
        }
        updatedAt = change.at();
        lastEventId = change.eventId();
    }

    private void take(TicketChange.Attributes attributes) {
        priority = attributes.priority();
        if (attributes.channel() != null) {
            channel = attributes.channel();
        }
        inquiryTypePath = new ArrayList<>(attributes.inquiryTypePath());
        tags = new ArrayList<>(attributes.tags());
        if (attributes.createdAt() != null) {
            createdAt = attributes.createdAt();
        }
    }

    public UUID ticketId() {
        return ticketId;
    }

    public String number() {
        return number;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String title() {
        return title;
    }

    public String status() {
        return status;
    }

    public String assignee() {
        return assignee;
    }

    public UUID groupId() {
        return groupId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public UUID lastEventId() {
        return lastEventId;
    }

    /** LOW, NORMAL, HIGH or URGENT; null until an event carrying it arrived. */
    public String priority() {
        return priority;
    }

    public String channel() {
        return channel;
    }

    /** The inquiry type's ids from the root down to the type itself; empty without a type. */
    public List<UUID> inquiryTypePath() {
        return List.copyOf(inquiryTypePath);
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
