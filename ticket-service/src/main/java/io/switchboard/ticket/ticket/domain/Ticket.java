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
import java.util.List;
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

    /** The ticket this one is a sub-ticket of; null for ordinary tickets. */
    @Column(name = "parent_id")
    private UUID parentId;

    private String assignee;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "internal_resolution")
    private InternalResolution internalResolution;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_internal_resolution")
    private TicketStatus statusBeforeInternalResolution;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

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

    /**
     * A child ticket for another group (sub-ticket): same service, customer and channel, waiting
     * UNASSIGNED in the group's queue. Sub-tickets have no sub-tickets of their own.
     */
    public SubTicket subTicket(long number, UUID group, String groupName, String title, String content,
                               String actor, Instant now) {
        if (parentId != null) {
            throw new ProblemException.Conflict("Ticket " + displayNumber()
                    + " is itself a sub-ticket; create the sub-ticket on its parent.");
        }
        if (status == TicketStatus.COMPLETED || status == TicketStatus.INTERNALLY_RESOLVED) {
            throw new ProblemException.Conflict("Ticket " + displayNumber() + " is " + status
                    + ": sub-tickets can be created only for open tickets.");
        }
        Ticket child = open(serviceCode, number, title, content, channel, customer, actor, now);
        child.customerId = customerId;
        child.parentId = id;
        child.groupId = group;
        TicketEvent childCreated = new TicketEvent(child.id, TicketEvent.Type.CREATED, actor,
                "Created as a sub-ticket of " + displayNumber(), now);
        TicketEvent parentNote = new TicketEvent(id, TicketEvent.Type.LINKED, actor,
                "Sub-ticket " + child.displayNumber() + " created for " + groupName, now);
        return new SubTicket(child, childCreated, parentNote);
    }

    /** A new sub-ticket with the audit lines of both tickets. */
    public record SubTicket(Ticket child, TicketEvent childCreated, TicketEvent parentNote) {
    }

    /** Whether the ticket still needs work: neither COMPLETED nor INTERNALLY_RESOLVED. */
    public boolean isOpen() {
        return status != TicketStatus.COMPLETED && status != TicketStatus.INTERNALLY_RESOLVED;
    }

    public boolean isSubTicket() {
        return parentId != null;
    }

    /** An operator claims an unassigned ticket for one of their groups (가져오기 / キープ). */
    public TicketChange keep(UUID group, String groupName, String operator, String operatorName, Instant now) {
        require(TicketAction.KEEP);
        TicketStatus from = moveTo(TicketStatus.IN_PROGRESS, now);
        this.groupId = group;
        this.assignee = operator;
        return change(TicketAction.KEEP, from, new TicketEvent(id, TicketEvent.Type.ASSIGNED, operator,
                "Kept by " + operatorName + " (" + groupName + ")", now), null);
    }

    /** Assigns the ticket to an operator of a group, by a routing trigger or an admin: → IN_PROGRESS. */
    public TicketChange assign(UUID group, String groupName, String operator, String operatorName, AssignedBy by,
                               Instant now) {
        require(TicketAction.ASSIGN);
        TicketStatus from = moveTo(TicketStatus.IN_PROGRESS, now);
        this.groupId = group;
        this.assignee = operator;
        return change(TicketAction.ASSIGN, from, new TicketEvent(id, TicketEvent.Type.ASSIGNED, by.name(),
                "Assigned to " + operatorName + " (" + groupName + ") " + by.describe(), now), null);
    }

    /**
     * Hands the ticket to another group or operator (전달 / 転送). Without an operator it waits
     * unassigned in the group's queue.
     */
    public TicketChange forward(UUID group, String groupName, String operator, String operatorName, String actor,
                                MessageBody note, Instant now) {
        require(TicketAction.FORWARD);
        TicketStatus from = moveTo(operator == null ? TicketStatus.UNASSIGNED : TicketStatus.IN_PROGRESS, now);
        this.groupId = group;
        this.assignee = operator;
        String to = operator == null ? "group " + groupName : operatorName + " (" + groupName + ")";
        TicketMessage message = note == null ? null : new TicketMessage(id, MessageType.FORWARD_NOTE, actor, note, now);
        return change(TicketAction.FORWARD, from,
                new TicketEvent(id, TicketEvent.Type.FORWARDED, actor, "Forwarded by " + actor + " to " + to, now),
                message);
    }

    /** An internal note; never mailed, never changes the status. */
    public TicketChange comment(String author, MessageBody body, Instant now) {
        require(TicketAction.COMMENT);
        this.updatedAt = now;
        return change(TicketAction.COMMENT, status,
                new TicketEvent(id, TicketEvent.Type.COMMENTED, author, "Internal comment by " + author, now),
                new TicketMessage(id, MessageType.INTERNAL_COMMENT, author, body, now));
    }

    /** An interim reply to the customer (보류 / 保留): → ON_HOLD. */
    public TicketChange hold(String author, MessageBody body, Instant now) {
        require(TicketAction.HOLD);
        TicketStatus from = moveTo(TicketStatus.ON_HOLD, now);
        firstResponse(now);
        return change(TicketAction.HOLD, from, new TicketEvent(id, TicketEvent.Type.REPLIED, author,
                "Interim reply by " + author + "; on hold", now),
                new TicketMessage(id, MessageType.INTERIM_REPLY, author, body, now));
    }

    /** The final reply to the customer (해결 / 解決): → RESOLVED; completes by itself after N days. */
    public TicketChange resolve(String author, MessageBody body, Instant now) {
        require(TicketAction.RESOLVE);
        TicketStatus from = moveTo(TicketStatus.RESOLVED, now);
        firstResponse(now);
        this.resolvedAt = now;
        return change(TicketAction.RESOLVE, from, new TicketEvent(id, TicketEvent.Type.REPLIED, author,
                "Final reply by " + author + "; resolved", now),
                new TicketMessage(id, MessageType.FINAL_REPLY, author, body, now));
    }

    /** Closes the ticket without a mail (내부해결); SPAM moves it to the spam box. */
    public TicketChange resolveInternally(InternalResolution reason, String actor, Instant now) {
        require(TicketAction.INTERNAL_RESOLUTION);
        this.statusBeforeInternalResolution = status;
        this.internalResolution = reason;
        TicketStatus from = moveTo(TicketStatus.INTERNALLY_RESOLVED, now);
        String where = reason == InternalResolution.SPAM ? " (moved to the spam box)" : "";
        return change(TicketAction.INTERNAL_RESOLUTION, from, new TicketEvent(id, TicketEvent.Type.STATUS_CHANGED,
                actor, "Internally resolved by " + actor + ": " + reason + where, now), null);
    }

    /** Undoes an internal resolution: back to the status before it. */
    public TicketChange restore(String actor, Instant now) {
        require(TicketAction.RESTORE);
        TicketStatus from = moveTo(statusBeforeInternalResolution, now);
        this.internalResolution = null;
        this.statusBeforeInternalResolution = null;
        return change(TicketAction.RESTORE, from, new TicketEvent(id, TicketEvent.Type.STATUS_CHANGED, actor,
                "Restored by " + actor + " to " + status, now), null);
    }

    /** Soft-deletes a ticket of the spam box; it is purged after the retention period. */
    public TicketChange delete(String actor, Instant now) {
        require(TicketAction.DELETE);
        if (internalResolution != InternalResolution.SPAM) {
            throw new ActionNotAllowedException(displayNumber(), TicketAction.DELETE, status,
                    "only tickets in the spam box can be deleted");
        }
        this.deletedAt = now;
        this.updatedAt = now;
        return change(TicketAction.DELETE, status,
                new TicketEvent(id, TicketEvent.Type.DELETED, actor, "Deleted by " + actor, now), null);
    }

    /**
     * Closes a resolved ticket for good (완료 / 完了): by an admin, or automatically N days after resolve.
     * A parent cannot be completed while one of its sub-tickets is open.
     */
    public TicketChange complete(String actor, boolean automatic, List<String> openSubTickets, Instant now) {
        require(TicketAction.COMPLETE);
        if (!openSubTickets.isEmpty()) {
            throw new OpenSubTicketsException(displayNumber(), openSubTickets);
        }
        TicketStatus from = moveTo(TicketStatus.COMPLETED, now);
        this.completedAt = now;
        String how = automatic ? "Completed automatically after the resolve period" : "Completed by " + actor;
        return change(TicketAction.COMPLETE, from,
                new TicketEvent(id, TicketEvent.Type.STATUS_CHANGED, actor, how, now), null);
    }

    /**
     * The customer wrote again. ON_HOLD and RESOLVED tickets reopen (IN_PROGRESS, same assignee); a
     * ticket in the spam box stays there; other open tickets just get the message. A COMPLETED ticket
     * is never reopened: use {@link #followUp} instead.
     */
    public TicketChange reinquire(String customer, MessageBody body, Instant now) {
        require(TicketAction.RE_INQUIRY);
        if (status == TicketStatus.COMPLETED) {
            throw new IllegalStateException("a completed ticket gets a follow-up, not a re-inquiry");
        }
        boolean reopens = status == TicketStatus.ON_HOLD || status == TicketStatus.RESOLVED;
        TicketStatus from = reopens ? moveTo(TicketStatus.IN_PROGRESS, now) : status;
        this.updatedAt = now;
        String summary = reopens ? "Customer wrote again; reopened (" + from + " → " + status + ")"
                : isInSpamBox() ? "Customer wrote again; the ticket stays in the spam box"
                : "Customer wrote again";
        return change(TicketAction.RE_INQUIRY, from, new TicketEvent(id, TicketEvent.Type.RE_INQUIRY, customer,
                summary, now), new TicketMessage(id, MessageType.CUSTOMER_REINQUIRY, customer, body, now));
    }

    /** A new ticket for a customer who wrote again about a completed one; link it as a follow-up. */
    public Ticket followUp(long number, String createdBy, MessageBody body, Instant now) {
        if (status != TicketStatus.COMPLETED) {
            throw new IllegalStateException("only a completed ticket gets a follow-up");
        }
        String followUpTitle = title.startsWith("Re: ") ? title : "Re: " + title;
        Ticket followUp = open(serviceCode, number,
                followUpTitle.length() > 200 ? followUpTitle.substring(0, 200) : followUpTitle,
                body.text(), channel, customer, createdBy, now);
        followUp.customerId = customerId;
        return followUp;
    }

    public boolean isInSpamBox() {
        return status == TicketStatus.INTERNALLY_RESOLVED && internalResolution == InternalResolution.SPAM;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Refuses (409) an action the current status does not allow, before anything else is checked. */
    public void require(TicketAction action) {
        if (!action.allowedIn(status)) {
            throw new ActionNotAllowedException(displayNumber(), action, status, null);
        }
    }

    /** The one guarded status change: validated by the transition table. Returns the previous status. */
    private TicketStatus moveTo(TicketStatus target, Instant now) {
        TicketStatus from = status;
        if (target != status) {
            status.assertCanMoveTo(target);
            status = target;
        }
        updatedAt = now;
        return from;
    }

    private void firstResponse(Instant now) {
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
    }

    private TicketChange change(TicketAction action, TicketStatus from, TicketEvent audit, TicketMessage message) {
        return new TicketChange(action, from, status, audit, message);
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

    public UUID parentId() {
        return parentId;
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

    public InternalResolution internalResolution() {
        return internalResolution;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public long version() {
        return version;
    }
}
