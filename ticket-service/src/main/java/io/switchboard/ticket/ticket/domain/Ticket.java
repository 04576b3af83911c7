package io.switchboard.ticket.ticket.domain;

import io.switchboard.platform.problem.Problem;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The ticket aggregate. Actions are methods that guard the status through {@link TicketStatus}
 * and return the audit event they caused; the application service stores it and the outbox event.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

    /** Who Dooray's changes are by in the history. */
    public static final String DOORAY_ACTOR = "dooray";

    /** Callbacks are reserved before this instant: four-digit years, as people and the database write them. */
    public static final Instant CALLBACK_LATEST = OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    @Column(nullable = false)
    private String language;

    @Column(name = "inquiry_type_id")
    private UUID inquiryTypeId;

    @Column(name = "processing_type_id")
    private UUID processingTypeId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> tags;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "field_values", nullable = false)
    private Map<String, Object> fieldValues;

    /** Field code → ciphertext; the application encrypts and decrypts, the ticket only keeps them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "encrypted_values", nullable = false)
    private Map<String, String> encryptedValues;

    /** The open callback reservation (약속콜); null when there is none. */
    @Embedded
    private CallbackReservation callback;

    @Version
    private long version;

    protected Ticket() {
    }

    private Ticket(UUID id, String serviceCode, long number, String title, String content, Channel channel,
                   Customer customer, TicketAttributes attributes, String createdBy, Instant now) {
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
        set(attributes);
    }

    /** Puts a ticket being created into the queue of the group its creating operator chose. */
    public void queueIn(UUID group) {
        if (status != TicketStatus.UNASSIGNED || assignee != null) {
            throw new IllegalStateException("only a new unassigned ticket is queued in a group");
        }
        this.groupId = group;
    }

    /** A new inquiry: unassigned until routing, keep or an admin assigns it. */
    public static Ticket open(String serviceCode, long number, String title, String content, Channel channel,
                              Customer customer, TicketAttributes attributes, String createdBy, Instant now) {
        return new Ticket(UUID.randomUUID(), serviceCode, number, title, content, channel, customer, attributes,
                createdBy, now);
    }

    /** The current attributes. */
    public TicketAttributes attributes() {
        return new TicketAttributes(priority, language, inquiryTypeId, processingTypeId, tags, fieldValues,
                encryptedValues);
    }

    /**
     * Replaces the attributes; empty when nothing changed. The audit line keeps before/after values,
     * except of encrypted fields, which it only names.
     */
    public Optional<AttributeChange> changeAttributes(TicketAttributes next, String actor, String by, Instant now) {
        TicketAttributes before = attributes();
        Map<String, Object> changes = new LinkedHashMap<>();
        List<String> changed = new ArrayList<>();
        diff(changes, changed, "priority", "priority", before.priority(), next.priority());
        diff(changes, changed, "language", "language", before.language(), next.language());
        diff(changes, changed, "inquiryType", "inquiryType", before.inquiryTypeId(), next.inquiryTypeId());
        diff(changes, changed, "processingType", "processingType", before.processingTypeId(), next.processingTypeId());
        diff(changes, changed, "tags", "tags", before.tags(), next.tags());
        TreeSet<String> codes = new TreeSet<>(before.fields().keySet());
        codes.addAll(next.fields().keySet());
        codes.forEach(code -> diff(changes, changed, "fields." + code, "fields", before.fields().get(code),
                next.fields().get(code)));
        TreeSet<String> secret = new TreeSet<>(before.encryptedFields().keySet());
        secret.addAll(next.encryptedFields().keySet());
        for (String code : secret) {
            String was = before.encryptedFields().get(code);
            String is = next.encryptedFields().get(code);
            if (!Objects.equals(was, is)) {
                changes.put("fields." + code, Map.of("encrypted", true));
                if (!changed.contains("fields")) {
                    changed.add("fields");
                }
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        set(next);
        this.updatedAt = now;
        // names the attributes only: the field codes and values are in changes, shown to whoever may see them
        String summary = "Changed " + String.join(", ", changed) + " " + by;
        return Optional.of(new AttributeChange(List.copyOf(changed),
                new TicketEvent(id, TicketEvent.Type.ATTRIBUTES_CHANGED, actor, summary, now, changes)));
    }

    private static void diff(Map<String, Object> changes, List<String> changed, String key, String name,
                             Object before, Object after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("before", before instanceof Enum<?> e ? e.name() : before);
        values.put("after", after instanceof Enum<?> e ? e.name() : after);
        changes.put(key, values);
        if (!changed.contains(name)) {
            changed.add(name);
        }
    }

    private void set(TicketAttributes attributes) {
        this.priority = attributes.priority();
        this.language = attributes.language();
        this.inquiryTypeId = attributes.inquiryTypeId();
        this.processingTypeId = attributes.processingTypeId();
        this.tags = new ArrayList<>(attributes.tags());
        this.fieldValues = new LinkedHashMap<>(attributes.fields());
        this.encryptedValues = new LinkedHashMap<>(attributes.encryptedFields());
    }

    /** Links the ticket to the customer it was resolved to (customer feature). */
    public void linkCustomer(UUID customerId) {
        this.customerId = customerId;
    }

    /** Notes a file of the customer's mail that was not stored, and why. */
    public TicketEvent attachmentRefused(String fileName, String reason, Instant now) {
        return TicketEvent.withDetails(id, TicketEvent.Type.ATTACHMENT_REFUSED, "system", fileName + " refused: " + reason,
                now, Map.of("fileName", fileName, "reason", reason));
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
        Ticket child = open(serviceCode, number, title, content, channel, customer, inherited(true), actor, now);
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

    /** Escalated to an issue ticket of another service (이슈관리 이관 / 課題管理移管): → ESCALATED. */
    public TicketChange escalate(String issueNumber, String actor, Instant now) {
        require(TicketAction.ESCALATE);
        TicketStatus from = moveTo(TicketStatus.ESCALATED, now);
        return change(TicketAction.ESCALATE, from, new TicketEvent(id, TicketEvent.Type.ESCALATED, actor,
                "Escalated to " + issueNumber + " by " + actor, now), null);
    }

    /** This issue ticket was opened by escalating {@code sourceNumber}; a line of its history. */
    public TicketEvent escalationReceived(String sourceNumber, String actor, Instant now) {
        return new TicketEvent(id, TicketEvent.Type.ESCALATION_RECEIVED, actor,
                "Escalated from " + sourceNumber + " by " + actor, now);
    }

    /**
     * The issue ticket answered ({@code how}: held, resolved or internally resolved): its answer becomes a message
     * of this ticket, which moves ESCALATED → ESCALATION_ANSWERED so its operator replies to the customer. An answer
     * arriving later (resolved after held) is added without moving the ticket again.
     */
    public TicketChange escalationAnswer(String issueNumber, String how, String answeredBy, MessageBody answer,
                                         Instant now) {
        require(TicketAction.ESCALATION_ANSWER);
        TicketStatus from = status == TicketStatus.ESCALATED ? moveTo(TicketStatus.ESCALATION_ANSWERED, now) : status;
        updatedAt = now;
        return change(TicketAction.ESCALATION_ANSWER, from, new TicketEvent(id, TicketEvent.Type.ESCALATION_ANSWERED,
                answeredBy, issueNumber + " answered (" + how + " by " + answeredBy + ")", now),
                new TicketMessage(id, MessageType.ESCALATION_ANSWER, answeredBy, answer, now));
    }

    /** The line on this issue ticket saying its answer went to the escalated ticket. */
    public TicketEvent escalationAnswerSent(String sourceNumber, String actor, Instant now) {
        return new TicketEvent(id, TicketEvent.Type.ESCALATION_ANSWERED, actor,
                "The answer was posted on " + sourceNumber, now);
    }

    /** Dooray made the task {@code taskId} in {@code projectName} (Dooray 이관): → DOORAY_ESCALATED. */
    public TicketChange doorayEscalate(String projectName, String taskId, String actor, Instant now) {
        require(TicketAction.DOORAY_ESCALATE);
        TicketStatus from = moveTo(TicketStatus.DOORAY_ESCALATED, now);
        return change(TicketAction.DOORAY_ESCALATE, from, new TicketEvent(id, TicketEvent.Type.DOORAY_ESCALATED, actor,
                "Escalated to Dooray task " + taskId + " (" + projectName + ") by " + actor, now), null);
    }

    /** The Dooray task moved to {@code workflowClass}, which maps to {@code target}; the transition table allows it. */
    public TicketChange doorayTaskChanged(TicketStatus target, String taskId, String workflowClass, Instant now) {
        require(TicketAction.DOORAY_TASK_CHANGE);
        TicketStatus from = moveTo(target, now);
        return change(TicketAction.DOORAY_TASK_CHANGE, from, new TicketEvent(id, TicketEvent.Type.DOORAY_TASK_CHANGED,
                DOORAY_ACTOR, "Dooray task " + taskId + " is " + workflowClass + "; " + target, now), null);
    }

    /** A line of the history about the ticket's Dooray task that does not move the ticket. */
    public TicketEvent doorayNote(TicketEvent.Type type, String actor, String summary, Instant now) {
        return new TicketEvent(id, type, actor, summary, now);
    }

    /** A line of the history saying an SLA clock is about to fall due or fell due ({@code breached}). */
    public TicketEvent slaNotice(boolean breached, String metric, String policy, Instant dueAt, String outcome,
                                 Instant now) {
        String what = metric.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String summary = breached ? "SLA breached: " + what + " was due at " + dueAt + " (" + policy + ")" + outcome
                : "SLA warning: " + what + " is due at " + dueAt + " (" + policy + ")";
        return new TicketEvent(id, breached ? TicketEvent.Type.SLA_BREACHED : TicketEvent.Type.SLA_WARNING, "sla",
                summary, now);
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
     * Reserves a callback (전화예약) or moves the open one: at a time still ahead, on {@code phone} or else the
     * customer's number. Empty when it is the reservation
     * the ticket already has. Every invalid member is named in one refusal.
     */
    public Optional<TicketChange> reserveCallback(Instant at, String phone, String note, String actor, Instant now) {
        require(TicketAction.CALLBACK);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!at.isAfter(now)) {
            errors.add(new Problem.FieldError("at", "must lie in the future"));
        } else if (!at.isBefore(CALLBACK_LATEST)) {
            errors.add(new Problem.FieldError("at", "must be before the year 10000"));
        }
        String number = phone == null ? customer.phone() : phone.strip();
        if (number == null || number.isBlank()) {
            errors.add(new Problem.FieldError("phone", "is required: the customer has no phone number"));
        } else if (!CallbackReservation.PHONE.matcher(number).matches()) {
            errors.add(new Problem.FieldError("phone", phone == null
                    ? "is required: the customer's phone number is not one to call back on" : CallbackReservation.PHONE_RULE));
        }
        String reservedNote = blankToNull(note);
        if (reservedNote != null && reservedNote.length() > CallbackReservation.MAX_NOTE) {
            errors.add(new Problem.FieldError("note", "must be at most " + CallbackReservation.MAX_NOTE + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The request has invalid fields.", errors);
        }
        CallbackReservation before = callback;
        CallbackReservation next = new CallbackReservation(at, number, reservedNote, actor);
        if (next.equals(before)) {
            return Optional.empty();
        }
        this.callback = next;
        this.updatedAt = now;
        String what = before == null ? "reserved" : before.at().equals(at) ? "changed" : "moved";
        String summary = "Callback " + what + " by " + actor + " for " + at + " on " + number;
        Map<String, Object> changes = null;
        if (before != null) {
            changes = new LinkedHashMap<>();
            List<String> changed = new ArrayList<>();
            diff(changes, changed, "callback.at", "at", before.at().toString(), at.toString());
            diff(changes, changed, "callback.phone", "phone", before.phone(), next.phone());
            diff(changes, changed, "callback.note", "note", before.note(), next.note());
            diff(changes, changed, "callback.reservedBy", "reservedBy", before.reservedBy(), actor);
        }
        return Optional.of(change(TicketAction.CALLBACK, status, TicketEvent.of(id, TicketEvent.Type.CALLBACK_RESERVED,
                actor, summary, now, changes, next.details()), null));
    }

    /** The customer was called back as promised; the reservation ends with the call's note, if any. */
    public TicketChange callbackDone(String note, String actor, Instant now) {
        require(TicketAction.CALLBACK);
        CallbackReservation done = openCallback();
        String outcome = blankToNull(note);
        if (outcome != null && outcome.length() > CallbackReservation.MAX_NOTE) {
            throw new ProblemException.Invalid("note", "must be at most " + CallbackReservation.MAX_NOTE + " characters");
        }
        this.callback = null;
        this.updatedAt = now;
        Map<String, Object> details = done.details();
        details.put("doneNote", outcome);
        return change(TicketAction.CALLBACK, status, TicketEvent.withDetails(id, TicketEvent.Type.CALLBACK_DONE, actor,
                "Callback done by " + actor + " (reserved for " + done.at() + " on " + done.phone() + ")", now,
                details), null);
    }

    /** Takes the open callback reservation back. */
    public TicketChange cancelCallback(String actor, Instant now) {
        require(TicketAction.CALLBACK);
        CallbackReservation cancelled = openCallback();
        this.callback = null;
        this.updatedAt = now;
        Map<String, Object> details = cancelled.details();
        details.put("reason", "CANCELLED");
        return change(TicketAction.CALLBACK, status, TicketEvent.withDetails(id, TicketEvent.Type.CALLBACK_CANCELLED,
                actor, "Callback for " + cancelled.at() + " cancelled by " + actor, now, details), null);
    }

    private CallbackReservation openCallback() {
        if (callback == null) {
            throw new ProblemException.Conflict("Ticket " + displayNumber() + " has no open callback reservation.");
        }
        return callback;
    }

    /**
     * A ticket that is closed for good (completed, internally resolved) or deleted keeps no promise to call: the
     * action that closed it ends the reservation, with a line saying why. Every action passes through here.
     */
    private TicketEvent endCallbackIfClosed(String actor, Instant now) {
        if (callback == null || isOpen() && !isDeleted()) {
            return null;
        }
        CallbackReservation ended = callback;
        this.callback = null;
        String reason = isDeleted() ? "TICKET_DELETED" : status == TicketStatus.COMPLETED ? "TICKET_COMPLETED"
                : "TICKET_INTERNALLY_RESOLVED";
        String why = isDeleted() ? "deleted" : status == TicketStatus.COMPLETED ? "completed" : "internally resolved";
        Map<String, Object> details = ended.details();
        details.put("reason", reason);
        return TicketEvent.withDetails(id, TicketEvent.Type.CALLBACK_CANCELLED, actor, "Callback for " + ended.at()
                + " ended: the ticket was " + why, now, details);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
     * A trigger forwarded the ticket to an outside address and asked to close it: → COMPLETED without
     * a reply. Like {@link #complete}, never while a sub-ticket is open.
     */
    public TicketChange completeAfterForward(String trigger, List<String> openSubTickets, Instant now) {
        require(TicketAction.COMPLETE_AFTER_FORWARD);
        if (!openSubTickets.isEmpty()) {
            throw new OpenSubTicketsException(displayNumber(), openSubTickets);
        }
        TicketStatus from = moveTo(TicketStatus.COMPLETED, now);
        this.completedAt = now;
        return change(TicketAction.COMPLETE_AFTER_FORWARD, from, new TicketEvent(id, TicketEvent.Type.STATUS_CHANGED,
                trigger, "Completed after forwarding, as trigger '" + trigger + "' asked", now), null);
    }

    /**
     * The customer wrote again. ON_HOLD and RESOLVED tickets reopen (IN_PROGRESS, same assignee); a
     * ticket in the spam box stays there; other open tickets just get the message. A COMPLETED ticket
     * is never reopened: use {@link #followUp} instead.
     */
    public TicketChange reinquire(String customer, MessageBody body, String mailMessageId, Instant now) {
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
                summary, now), new TicketMessage(id, MessageType.CUSTOMER_REINQUIRY, customer, body, now,
                mailMessageId));
    }

    /** The customer's mail that opened this ticket, as the first entry of its history. */
    public TicketMessage mailInquiry(String customer, MessageBody body, String mailMessageId, Instant now) {
        return new TicketMessage(id, MessageType.CUSTOMER_INQUIRY, customer, body, now, mailMessageId);
    }

    /**
     * A new ticket for a customer who wrote again about a completed one; link it as a follow-up. It came by
     * {@code via}: the completed ticket's channel for an API re-inquiry, EMAIL for a mail.
     */
    public Ticket followUp(long number, String createdBy, MessageBody body, Channel via, Instant now) {
        if (status != TicketStatus.COMPLETED) {
            throw new IllegalStateException("only a completed ticket gets a follow-up");
        }
        String followUpTitle = title.startsWith("Re: ") ? title : "Re: " + title;
        Ticket followUp = open(serviceCode, number,
                followUpTitle.length() > 200 ? followUpTitle.substring(0, 200) : followUpTitle,
                body.text(), via, customer, inherited(false), createdBy, now);
        followUp.customerId = customerId;
        return followUp;
    }

    /**
     * What a follow-up or sub-ticket starts with: the same language and inquiry type; a sub-ticket
     * (the same inquiry, handled elsewhere) also keeps the priority.
     */
    private TicketAttributes inherited(boolean subTicket) {
        return new TicketAttributes(subTicket ? priority : Priority.NORMAL, language, inquiryTypeId, null, List.of(),
                Map.of(), Map.of());
    }

    public boolean isInSpamBox() {
        return status == TicketStatus.INTERNALLY_RESOLVED && internalResolution == InternalResolution.SPAM;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    /** Whether the ticket's status (and, for sub-tickets, its place in the tree) allows the action. */
    public boolean allows(TicketAction action) {
        return action.allowedIn(status) && !(action == TicketAction.SUB_TICKET && parentId != null);
    }

    /** Refuses (409) an action the current status does not allow. */
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
        TicketEvent callbackEnded = endCallbackIfClosed(audit.actor(), audit.createdAt());
        return new TicketChange(action, from, status, audit, message, callbackEnded);
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

    public Priority priority() {
        return priority;
    }

    public String language() {
        return language;
    }

    public UUID inquiryTypeId() {
        return inquiryTypeId;
    }

    public UUID processingTypeId() {
        return processingTypeId;
    }

    public List<String> tags() {
        return List.copyOf(tags);
    }

    public long version() {
        return version;
    }

    public CallbackReservation callback() {
        return callback;
    }
}
