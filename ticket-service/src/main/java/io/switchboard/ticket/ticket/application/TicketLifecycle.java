package io.switchboard.ticket.ticket.application;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.field.application.Fields;
import io.switchboard.ticket.forbiddenword.application.ForbiddenWords;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Standing;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.ticket.domain.ActionNotAllowedException;
import io.switchboard.ticket.ticket.domain.AssignedBy;
import io.switchboard.ticket.ticket.domain.AttachedFile;
import io.switchboard.ticket.ticket.domain.AttributeChange;
import io.switchboard.ticket.ticket.domain.Channel;
import io.switchboard.ticket.ticket.domain.InternalResolution;
import io.switchboard.ticket.ticket.domain.MessageBody;
import io.switchboard.ticket.ticket.domain.Priority;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketAction;
import io.switchboard.ticket.ticket.domain.TicketAttributes;
import io.switchboard.ticket.ticket.domain.TicketChange;
import io.switchboard.ticket.ticket.domain.TicketEvent;
import io.switchboard.ticket.ticket.domain.TicketLink;
import io.switchboard.ticket.ticket.domain.TicketMessage;
import io.switchboard.ticket.ticket.domain.TicketStatus;
import io.switchboard.ticket.ticket.events.TicketEventPublisher;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The actions of PRODUCT.md §3.3 on one ticket. Each runs in one transaction that checks access
 * and the expected version, applies the action to the aggregate, and stores its audit line, its
 * message, its outbox events and its timers together.
 */
@ApplicationScoped
public class TicketLifecycle {

    static final String AUTO_COMPLETE = "AUTO_COMPLETE";
    static final java.time.Duration AUTO_COMPLETE_RETRY = java.time.Duration.ofDays(1);

    private final TicketRepository tickets;
    private final PeopleRepository people;
    private final TicketService service;
    private final AccessPolicy access;
    private final TicketEventPublisher events;
    private final ForbiddenWords forbiddenWords;
    private final MessageAttachments attachments;
    private final Clock clock;
    private final AttributeRules attributeRules;
    private final Fields fields;
    private final Event<TicketChanged> changes;
    private final AssignmentTargets targets;

    TicketLifecycle(TicketRepository tickets, PeopleRepository people, TicketService service,
                    AccessPolicy access, TicketEventPublisher events, ForbiddenWords forbiddenWords, MessageAttachments attachments,
                    Clock clock, AttributeRules attributeRules, Fields fields, Event<TicketChanged> changes,
                    AssignmentTargets targets) {
        this.changes = changes;
        this.targets = targets;
        this.tickets = tickets;
        this.people = people;
        this.service = service;
        this.access = access;
        this.events = events;
        this.forbiddenWords = forbiddenWords;
        this.attachments = attachments;
        this.clock = clock;
        this.attributeRules = attributeRules;
        this.fields = fields;
    }

    /** The caller's version of the ticket, when they sent one (If-Match). */
    public record Expected(Long version) {
        public static final Expected ANY = new Expected(null);
    }

    @Transactional
    public TicketDetails keep(Caller caller, UUID id, Expected expected, UUID groupId) {
        Ticket ticket = load(caller, id, expected, TicketAction.KEEP);
        List<OperatorGroup> groups = people.groupsOf(caller.username(), ticket.serviceCode());
        OperatorGroup group = chooseGroup(groups, groupId);
        Operator operator = people.operator(caller.username()).orElseThrow();
        TicketChange change = ticket.keep(group.id(), group.name(), operator.username(), operator.displayName(),
                clock.instant());
        record(ticket, change);
        events.assigned(ticket, group, operator,
                new AssignedBy(AssignedBy.Kind.OPERATOR, caller.username(), "kept"), change.audit().createdAt());
        return service.details(caller, ticket);
    }

    @Transactional
    public TicketDetails assign(Caller caller, UUID id, Expected expected, UUID groupId, String assignee) {
        Ticket ticket = load(caller, id, expected, TicketAction.ASSIGN);
        OperatorGroup group = groupOf(ticket, groupId);
        Operator operator = assignable(ticket, group, assignee, "assignee");
        AssignedBy by = new AssignedBy(AssignedBy.Kind.OPERATOR, caller.username(), null);
        TicketChange change = ticket.assign(group.id(), group.name(), operator.username(), operator.displayName(), by,
                clock.instant());
        record(ticket, change);
        events.assigned(ticket, group, operator, by, change.audit().createdAt());
        return service.details(caller, ticket);
    }

    @Transactional
    public TicketDetails forward(Caller caller, UUID id, Expected expected, UUID groupId, String assignee,
                                 String note) {
        Ticket ticket = load(caller, id, expected, TicketAction.FORWARD);
        OperatorGroup group = groupOf(ticket, groupId);
        Operator operator = assignee == null ? null : assignable(ticket, group, assignee, "assignee");
        MessageBody noteBody = note == null || note.isBlank() ? null : new MessageBody(note, MessageBody.Format.TEXT);
        TicketChange change = ticket.forward(group.id(), group.name(), operator == null ? null : operator.username(),
                operator == null ? null : operator.displayName(), caller.username(), noteBody, clock.instant());
        record(ticket, change);
        if (operator != null) {
            events.assigned(ticket, group, operator,
                    new AssignedBy(AssignedBy.Kind.OPERATOR, caller.username(), "forwarded"), change.audit().createdAt());
        }
        return service.details(caller, ticket);
    }

    @Transactional
    public TicketDetails comment(Caller caller, UUID id, Expected expected, MessageDraft draft) {
        Ticket ticket = load(caller, id, expected, TicketAction.COMMENT);
        record(ticket, ticket.comment(caller.username(), HtmlSanitizer.body(draft.body(), draft.format()),
                clock.instant()), draft);
        return service.details(caller, ticket);
    }

    /** An interim reply to the customer: → ON_HOLD. */
    @Transactional
    public TicketDetails hold(Caller caller, UUID id, Expected expected, MessageDraft draft) {
        return reply(caller, id, expected, TicketAction.HOLD, draft);
    }

    /** The final reply to the customer: → RESOLVED. */
    @Transactional
    public TicketDetails resolve(Caller caller, UUID id, Expected expected, MessageDraft draft) {
        return reply(caller, id, expected, TicketAction.RESOLVE, draft);
    }

    /** Hold and resolve: by the assignee or an admin, never with a forbidden word. */
    private TicketDetails reply(Caller caller, UUID id, Expected expected, TicketAction action, MessageDraft draft) {
        Ticket ticket = load(caller, id, expected, action);
        MessageBody reply = HtmlSanitizer.body(draft.body(), draft.format());
        forbiddenWords.check(ticket.serviceCode(), HtmlSanitizer.visibleText(reply));
        Instant now = clock.instant();
        record(ticket, action == TicketAction.HOLD ? ticket.hold(caller.username(), reply, now)
                : ticket.resolve(caller.username(), reply, now), draft);
        return service.details(caller, ticket);
    }

    @Transactional
    public TicketDetails resolveInternally(Caller caller, UUID id, Expected expected, InternalResolution reason) {
        Ticket ticket = load(caller, id, expected, TicketAction.INTERNAL_RESOLUTION);
        record(ticket, ticket.resolveInternally(reason, caller.username(), clock.instant()));
        return service.details(caller, ticket);
    }

    @Transactional
    public TicketDetails restore(Caller caller, UUID id, Expected expected) {
        Ticket ticket = load(caller, id, expected, TicketAction.RESTORE);
        record(ticket, ticket.restore(caller.username(), clock.instant()));
        return service.details(caller, ticket);
    }

    @Transactional
    public void delete(Caller caller, UUID id, Expected expected) {
        Ticket ticket = load(caller, id, expected, TicketAction.DELETE);
        record(ticket, ticket.delete(caller.username(), clock.instant()));
    }

    @Transactional
    public TicketDetails complete(Caller caller, UUID id, Expected expected) {
        Ticket ticket = load(caller, id, expected, TicketAction.COMPLETE);
        record(ticket, ticket.complete(caller.username(), false, openSubTickets(ticket), clock.instant()));
        return service.details(caller, ticket);
    }

    /**
     * Reserves a callback (약속콜) or moves the open one, by the assignee or an admin: one history line, a new
     * version; nothing changes when it is the reservation the ticket already has. The phone defaults to the
     * customer's.
     */
    @Transactional
    public TicketDetails reserveCallback(Caller caller, UUID id, Expected expected, Instant at, String phone,
                                         String note) {
        Ticket ticket = load(caller, id, expected, TicketAction.CALLBACK);
        ticket.reserveCallback(at, phone, note, caller.username(), clock.instant())
                .ifPresent(change -> record(ticket, change));
        return service.details(caller, ticket);
    }

    /** The customer was called back: the open reservation ends, with the call's note if any. */
    @Transactional
    public TicketDetails callbackDone(Caller caller, UUID id, Expected expected, String note) {
        Ticket ticket = load(caller, id, expected, TicketAction.CALLBACK);
        record(ticket, ticket.callbackDone(note, caller.username(), clock.instant()));
        return service.details(caller, ticket);
    }

    /** Takes the open callback reservation back. */
    @Transactional
    public TicketDetails cancelCallback(Caller caller, UUID id, Expected expected) {
        Ticket ticket = load(caller, id, expected, TicketAction.CALLBACK);
        record(ticket, ticket.cancelCallback(caller.username(), clock.instant()));
        return service.details(caller, ticket);
    }

    /**
     * Changes priority, language, types, tags and field values (operators of the service; admin-only
     * fields by admins). One audit line with before/after values and one TicketUpdated — none when
     * nothing changed.
     */
    @Transactional
    public TicketDetails changeAttributes(Caller caller, UUID id, Expected expected, RequestedAttributes requested) {
        Ticket ticket = load(caller, id, expected, TicketAction.ATTRIBUTES);
        TicketAttributes next = attributeRules.resolve(people.workspace(ticket.serviceCode()).orElseThrow(),
                fields.reader(caller, ticket.serviceCode()), ticket.attributes(), requested, false);
        Optional<AttributeChange> change = ticket.changeAttributes(next, caller.username(), "by " + caller.username(),
                clock.instant());
        if (change.isPresent()) {
            tickets.add(change.get().audit());
            events.updated(ticket, change.get(), TicketEventPublisher.ChangedBy.OPERATOR, caller.username());
            tickets.flush(); // a concurrent change surfaces here as a stale version (409), not at commit
        }
        return service.details(caller, ticket);
    }

    /** The result of a re-inquiry: the same ticket, or a new follow-up when it was completed. */
    public record Reinquiry(TicketDetails ticket, boolean followUp) {
    }

    @Transactional
    public Reinquiry reinquire(Caller caller, UUID id, MessageDraft draft) {
        Ticket ticket = load(caller, id, Expected.ANY, TicketAction.RE_INQUIRY);
        Ticket result = reinquire(ticket, caller.username(), draft, false);
        return new Reinquiry(service.details(caller, result), result != ticket);
    }

    /**
     * A customer's mail matched to one of their tickets: a re-inquiry as through the API, by the system. Its
     * files were uploaded to the ticket. Returns the ticket that got it: this one, or a completed one's follow-up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID reinquireByMail(UUID ticketId, MessageDraft draft) {
        Ticket ticket = tickets.find(ticketId).orElseThrow();
        return reinquire(ticket, ticket.customer().author(), draft, true).id();
    }

    /**
     * The mail that opened a ticket, as its first message (CUSTOMER_INQUIRY) with the mail's Message-ID and
     * the files uploaded to the ticket.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addMailInquiry(UUID ticketId, MessageDraft draft) {
        Ticket ticket = tickets.find(ticketId).orElseThrow();
        addMailInquiry(ticket, ticket, draft);
    }

    private void addMailInquiry(Ticket ticket, Ticket uploadedTo, MessageDraft draft) {
        TicketMessage message = ticket.mailInquiry(ticket.customer().author(),
                HtmlSanitizer.body(draft.body(), draft.format()), draft.mailMessageId(), clock.instant());
        tickets.add(message);
        tickets.flush();
        List<AttachedFile> files = attachments.attach(uploadedTo.id(), ticket.id(), message.id(), draft.attachments());
        events.messageAdded(ticket, message, files);
    }

    /** The re-inquiry on a loaded ticket; {@code createdBy} opens the follow-up of a completed one. */
    private Ticket reinquire(Ticket ticket, String createdBy, MessageDraft draft, boolean byMail) {
        String customer = ticket.customer().author();
        MessageBody message = HtmlSanitizer.body(draft.body(), draft.format());
        Instant now = clock.instant();
        if (ticket.status() != TicketStatus.COMPLETED) {
            record(ticket, ticket.reinquire(customer, message, draft.mailMessageId(), now), draft);
            return ticket;
        }
        Ticket followUp = ticket.followUp(people.nextTicketNumber(ticket.serviceCode()), createdBy, message,
                byMail ? Channel.EMAIL : ticket.channel(), now);
        tickets.add(followUp);
        tickets.add(followUp.createdEvent());
        tickets.add(new TicketLink(followUp.id(), ticket.id(), TicketLink.Type.FOLLOW_UP_OF, now));
        tickets.add(ticket.routingNote(customer, "Customer wrote again; follow-up " + followUp.displayNumber()
                + " was opened", now));
        if (byMail) {
            // a mail's follow-up keeps the mail as its first message, so replies thread to it
            events.created(followUp, ticket.id());
            addMailInquiry(followUp, ticket, draft);
            return followUp;
        }
        if (!draft.attachments().isEmpty()) {
            tickets.flush();
            attachments.attach(ticket.id(), followUp.id(), null, draft.attachments());
        }
        events.created(followUp, ticket.id());
        return followUp;
    }

    /**
     * Completes a resolved ticket whose auto-complete timer is due; runs in the timer's transaction.
     * A parent with open sub-tickets is not completed: its timer moves a day on (and again, until
     * the sub-tickets are closed), with a note in its history each time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void autoComplete(UUID ticketId) {
        Optional<Ticket> due = tickets.find(ticketId).filter(t -> t.status() == TicketStatus.RESOLVED && !t.isDeleted());
        if (due.isPresent()) {
            Ticket ticket = due.get();
            List<String> open = openSubTickets(ticket);
            Instant now = clock.instant();
            if (!open.isEmpty()) {
                tickets.scheduleTimer(ticketId, AUTO_COMPLETE, now.plus(AUTO_COMPLETE_RETRY));
                tickets.add(new TicketEvent(ticketId, TicketEvent.Type.STATUS_CHANGED, "system",
                        "Auto-complete postponed by a day: sub-tickets still open: " + String.join(", ", open), now));
                return;
            }
            record(ticket, ticket.complete("system", true, open, now));
        }
        tickets.cancelTimer(ticketId, AUTO_COMPLETE);
    }

    /** The numbers of the ticket's sub-tickets that are neither completed nor internally resolved. */
    private List<String> openSubTickets(Ticket ticket) {
        return tickets.children(ticket.id()).stream().filter(Ticket::isOpen).map(Ticket::displayNumber).toList();
    }

    /**
     * A child ticket for another group (PRODUCT.md §3.4), by the parent's assignee or an admin:
     * UNASSIGNED in the group's queue, or IN_PROGRESS with an assignee who is in the group and
     * takes tickets.
     */
    @Transactional
    public TicketDetails createSubTicket(Caller caller, UUID parentId, UUID groupId, String assignee, String title,
                                         String content) {
        Ticket parent = permitted(caller, parentId, TicketAction.SUB_TICKET);
        OperatorGroup group = groupOf(parent, groupId);
        Operator operator = assignee == null ? null : assignable(parent, group, assignee, "assignee");
        Instant now = clock.instant();
        Ticket.SubTicket created = parent.subTicket(people.nextTicketNumber(parent.serviceCode()), group.id(),
                group.name(), title, content, caller.username(), now);
        Ticket child = created.child();
        tickets.add(child);
        tickets.add(created.childCreated());
        tickets.add(created.parentNote());
        events.created(child, null, caller.username()); // placed in its group: routing leaves it there
        if (operator != null) {
            AssignedBy by = new AssignedBy(AssignedBy.Kind.OPERATOR, caller.username(), "sub-ticket");
            TicketChange change = child.assign(group.id(), group.name(), operator.username(), operator.displayName(),
                    by, now);
            record(child, change);
            events.assigned(child, group, operator, by, now);
        }
        tickets.flush();
        return service.details(caller, child);
    }

    /** The relations of a ticket in both directions, for the links list. */
    public record LinkDetails(TicketLink link, boolean outgoing, Ticket other) {
    }

    /**
     * Marks the ticket as a duplicate of another ticket of the same service (agents of the
     * service). Audit lines on both tickets.
     */
    @Transactional
    public LinkDetails link(Caller caller, UUID id, TicketLink.Type type, UUID otherId) {
        Ticket ticket = load(caller, id, Expected.ANY, TicketAction.LINK);
        if (type != TicketLink.Type.DUPLICATE_OF) {
            throw new ProblemException.Invalid("type", "only DUPLICATE_OF links can be created; the others come "
                    + "from re-inquiries and escalations");
        }
        if (ticket.id().equals(otherId)) {
            throw new ProblemException.Invalid("ticketId", "a ticket cannot be a duplicate of itself");
        }
        Ticket other = tickets.find(otherId).filter(t -> access.maySee(caller, t))
                .filter(t -> t.serviceCode().equals(ticket.serviceCode()))
                .orElseThrow(() -> new ProblemException.Invalid("ticketId", "is not a ticket of "
                        + ticket.serviceCode() + " you can see"));
        if (tickets.linkExists(ticket.id(), other.id(), type)) {
            throw new ProblemException.Conflict("Ticket " + ticket.displayNumber() + " is already linked as "
                    + type + " to " + other.displayNumber() + ".");
        }
        Instant now = clock.instant();
        TicketLink link = new TicketLink(ticket.id(), other.id(), type, now);
        tickets.add(link);
        tickets.add(new TicketEvent(ticket.id(), TicketEvent.Type.LINKED, caller.username(),
                "Marked as a duplicate of " + other.displayNumber() + " by " + caller.username(), now));
        tickets.add(new TicketEvent(other.id(), TicketEvent.Type.LINKED, caller.username(),
                ticket.displayNumber() + " was marked as a duplicate of this ticket by " + caller.username(), now));
        tickets.flush(); // a concurrent identical link surfaces as a unique-constraint conflict (409) here
        return new LinkDetails(link, true, other);
    }

    /**
     * Removes a duplicate link from either of its tickets (members of the service), with audit lines on both.
     * Follow-up and escalation links record what happened and stay.
     */
    @Transactional
    public void unlink(Caller caller, UUID id, UUID linkId) {
        Ticket ticket = load(caller, id, Expected.ANY, TicketAction.LINK);
        TicketLink link = tickets.links(ticket.id()).stream().filter(l -> l.id().equals(linkId)).findFirst()
                .orElseThrow(() -> new ProblemException.NotFound("Ticket " + ticket.displayNumber() + " has no link "
                        + linkId + "."));
        if (!link.removable()) {
            throw new ProblemException.Conflict("A " + link.type() + " link records what happened and cannot be removed; "
                    + "only DUPLICATE_OF links can.");
        }
        Ticket duplicate = tickets.find(link.fromId()).orElseThrow();
        Ticket original = tickets.find(link.toId()).orElseThrow();
        Instant now = clock.instant();
        tickets.remove(link);
        tickets.add(new TicketEvent(duplicate.id(), TicketEvent.Type.LINKED, caller.username(),
                "No longer a duplicate of " + original.displayNumber() + " (" + caller.username() + ")", now));
        tickets.add(new TicketEvent(original.id(), TicketEvent.Type.LINKED, caller.username(),
                duplicate.displayNumber() + " is no longer marked as a duplicate of this ticket ("
                        + caller.username() + ")", now));
    }

    /**
     * The ticket's links in both directions whose other ticket the caller may see, and the issue tickets it was
     * escalated to (their number, title and status, so the inquiry's operators follow them).
     */
    @Transactional
    public List<LinkDetails> links(Caller caller, UUID id) {
        Ticket ticket = access.visibleTicket(caller, id);
        return tickets.links(ticket.id()).stream()
                .filter(l -> l.fromId().equals(ticket.id()) || !l.type().storedBothWays()) // its own side only
                .map(l -> {
                    boolean outgoing = l.fromId().equals(ticket.id());
                    boolean escalatedTo = outgoing && l.type() == TicketLink.Type.ESCALATED_TO;
                    return tickets.find(outgoing ? l.toId() : l.fromId())
                            .filter(t -> escalatedTo || access.maySee(caller, t))
                            .map(t -> new LinkDetails(l, outgoing, t));
                })
                .flatMap(Optional::stream)
                .toList();
    }

    private void record(Ticket ticket, TicketChange change) {
        record(ticket, change, null);
    }

    /** Switchboard changes the priority itself (an SLA breach): one history line and TicketUpdated, as a trigger does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changePriorityBySystem(Ticket ticket, Priority priority, String actor, String by, Instant now) {
        ticket.changeAttributes(ticket.attributes().withPriority(priority), actor, by, now).ifPresent(change -> {
            tickets.add(change.audit());
            events.updated(ticket, change, TicketEventPublisher.ChangedBy.SYSTEM, actor);
        });
    }

    /** Stores and publishes a change Switchboard made itself (an escalation's step), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSystemChange(Ticket ticket, TicketChange change) {
        record(ticket, change);
    }

    /** Stores a change; a message written from a draft takes the draft's files along. */
    private void record(Ticket ticket, TicketChange change, MessageDraft draft) {
        change.auditLines().forEach(tickets::add);
        List<AttachedFile> files = List.of();
        if (change.message() != null) {
            tickets.add(change.message());
            if (draft != null && !draft.attachments().isEmpty()) {
                tickets.flush();
                files = attachments.attach(ticket.id(), ticket.id(), change.message().id(), draft.attachments());
            }
        }
        events.changed(ticket, change, files);
        if (change.to() == TicketStatus.RESOLVED && change.statusChanged()) {
            Instant due = change.audit().createdAt()
                    .plus(people.workspace(ticket.serviceCode()).orElseThrow().autoCompleteAfter());
            tickets.scheduleTimer(ticket.id(), AUTO_COMPLETE, due);
        } else if (change.from() == TicketStatus.RESOLVED && change.statusChanged()) {
            tickets.cancelTimer(ticket.id(), AUTO_COMPLETE);
        }
        tickets.flush(); // a concurrent change surfaces here as a stale version (409), not at commit
        changes.fire(new TicketChanged(ticket, change));
    }

    /**
     * The ticket, if the caller sees it (else 404) and may take the action (else 403), at the version they
     * expect (else 409), in a status that allows the action (else 409) — in that order, so who may do what
     * never depends on what the ticket is doing.
     */
    private Ticket load(Caller caller, UUID id, Expected expected, TicketAction action) {
        Ticket ticket = access.visibleTicket(caller, id);
        Standing standing = access.permit(caller, ticket, action);
        if (expected.version() != null && expected.version() != ticket.version()) {
            throw new StaleVersionException(ticket.displayNumber(), expected.version(), ticket.version());
        }
        if (!ticket.allows(action)) {
            throw ActionNotAllowedException.forCaller(ticket.displayNumber(), action, ticket.status(),
                    AccessPolicy.allowedActions(standing, ticket));
        }
        return ticket;
    }

    private Ticket permitted(Caller caller, UUID id, TicketAction action) {
        Ticket ticket = access.visibleTicket(caller, id);
        access.permit(caller, ticket, action);
        return ticket;
    }

    private static OperatorGroup chooseGroup(List<OperatorGroup> groups, UUID groupId) {
        if (groups.isEmpty()) {
            throw new ProblemException.Forbidden("You are in no group of this service, so you cannot keep tickets.");
        }
        if (groupId == null) {
            if (groups.size() > 1) {
                throw new ProblemException.Invalid("groupId", "choose one of your groups: " + groups.stream()
                        .map(g -> g.name() + " (" + g.id() + ")").toList());
            }
            return groups.get(0);
        }
        return groups.stream().filter(g -> g.id().equals(groupId)).findFirst()
                .orElseThrow(() -> new ProblemException.Invalid("groupId", "is not one of your groups"));
    }

    private OperatorGroup groupOf(Ticket ticket, UUID groupId) {
        return targets.group(ticket.serviceCode(), groupId);
    }

    private Operator assignable(Ticket ticket, OperatorGroup group, String username, String field) {
        return targets.operator(ticket.serviceCode(), group, username, field);
    }
}
