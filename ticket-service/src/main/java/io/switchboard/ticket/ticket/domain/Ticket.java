package io.switchboard.ticket.ticket.domain;

import io.switchboard.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The ticket aggregate. Actions are methods that guard the status through {@link TicketStatus}
 * and return the audit event they caused; the application service stores it and the outbox event.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    private UUID id;

    @Column(name = "workspace_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private long number;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TicketStatus status;

    @Embedded
    private Customer customer;

    /** The customer record (customer feature) this inquiry belongs to; null for tickets older than it. */
    @Column(name = "customer_id")
    private UUID customerId;

    @Column(name = "group_id")
    private UUID groupId;

    private String assignee;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Ticket() {
    }

    private Ticket(UUID id, String serviceCode, long number, String title, String content, Channel channel,
                   Customer customer, String createdBy, Instant now) {
        this.id = id;
        this.serviceCode = serviceCode;
        this.number = number;
        this.title = title;
        this.content = content;
        this.channel = channel;
        this.customer = customer;
        this.createdBy = createdBy;
        this.status = TicketStatus.UNASSIGNED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A new inquiry: unassigned until routing, keep or an admin assigns it. */
    public static Ticket open(String serviceCode, long number, String title, String content, Channel channel,
                              Customer customer, String createdBy, Instant now) {
        return new Ticket(UUID.randomUUID(), serviceCode, number, title, content, channel, customer, createdBy, now);
    }

    /** Links the ticket to the customer it was resolved to (customer feature). */
    public void linkCustomer(UUID customerId) {
        this.customerId = customerId;
    }

    public TicketEvent createdEvent() {
        return new TicketEvent(id, TicketEvent.Type.CREATED, createdBy, "Created via " + channel, createdAt);
    }

    /** Assigns an unassigned ticket to an operator of a group: UNASSIGNED → IN_PROGRESS. */
    public TicketEvent assign(UUID group, String groupName, String operator, String operatorName, AssignedBy by,
                              Instant now) {
        if (status != TicketStatus.UNASSIGNED) {
            throw new ProblemException.Conflict("Ticket " + displayNumber() + " is " + status
                    + "; only an UNASSIGNED ticket can be assigned.");
        }
        status.assertCanMoveTo(TicketStatus.IN_PROGRESS);
        this.status = TicketStatus.IN_PROGRESS;
        this.groupId = group;
        this.assignee = operator;
        this.updatedAt = now;
        return new TicketEvent(id, TicketEvent.Type.ASSIGNED, by.name(),
                "Assigned to " + operatorName + " (" + groupName + ") " + by.describe(), now);
    }

    /** Notes a routing outcome that changed nothing, so the ticket's history explains itself. */
    public TicketEvent routingNote(String trigger, String note, Instant now) {
        return new TicketEvent(id, TicketEvent.Type.ROUTING, trigger == null ? "routing" : trigger, note, now);
    }

    public String displayNumber() {
        return serviceCode + "-" + number;
    }

    public UUID id() {
        return id;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public long number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public Channel channel() {
        return channel;
    }

    public TicketStatus status() {
        return status;
    }

    public Customer customer() {
        return customer;
    }

    public UUID customerId() {
        return customerId;
    }

    public UUID groupId() {
        return groupId;
    }

    public String assignee() {
        return assignee;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
