package io.switchboard.ticket.ticket.application;

import io.quarkus.logging.Log;
import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.customer.application.Customers;
import io.switchboard.ticket.customer.domain.Contact;
import io.switchboard.ticket.field.application.FieldValues;
import io.switchboard.ticket.masking.domain.MessageMask;
import io.switchboard.ticket.masking.persistence.MessageMasks;
import io.switchboard.ticket.field.application.Fields;
import io.switchboard.ticket.field.application.SystemFields;
import io.switchboard.ticket.field.domain.FieldReader;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Standing;
import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.processingtype.application.ProcessingTypes;
import io.switchboard.ticket.ticket.domain.AssignedBy;
import io.switchboard.ticket.ticket.domain.AttachedFile;
import io.switchboard.ticket.ticket.domain.CallbackReservation;
import io.switchboard.ticket.ticket.domain.Tags;
import io.switchboard.ticket.ticket.domain.TicketAction;
import io.switchboard.ticket.ticket.domain.Channel;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketChange;
import io.switchboard.ticket.ticket.domain.TicketEvent;
import io.switchboard.ticket.ticket.domain.TicketSla;
import io.switchboard.ticket.ticket.domain.TicketMessage;
import io.switchboard.ticket.ticket.domain.TicketAttributes;
import io.switchboard.ticket.ticket.domain.TicketStatus;
import io.switchboard.ticket.ticket.events.TicketEventPublisher;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ticket use cases; each runs in one transaction with its audit event and its outbox event. */
@ApplicationScoped
public class TicketService {

    private final TicketRepository tickets;
    private final PeopleRepository people;
    private final AccessPolicy access;
    private final TicketEventPublisher events;
    private final Clock clock;
    private final Customers customers;
    private final AttributeRules attributeRules;
    private final Fields fields;
    private final FieldValues fieldValues;
    private final ProcessingTypes processingTypes;

    private final MessageAttachments messageAttachments;
    private final TicketPeople ticketPeople;
    private final AssignmentTargets assignmentTargets;
    private final MessageMasks messageMasks;
    private final SystemFields systemFields;

    TicketService(TicketRepository tickets, PeopleRepository people, AccessPolicy access,
                  TicketEventPublisher events, Clock clock, Customers customers, AttributeRules attributeRules,
                  Fields fields, FieldValues fieldValues, ProcessingTypes processingTypes,
                  MessageAttachments messageAttachments, TicketPeople ticketPeople,
                  AssignmentTargets assignmentTargets, MessageMasks messageMasks, SystemFields systemFields) {
        this.systemFields = systemFields;
        this.assignmentTargets = assignmentTargets;
        this.messageAttachments = messageAttachments;
        this.messageMasks = messageMasks;
        this.ticketPeople = ticketPeople;
        this.processingTypes = processingTypes;
        this.tickets = tickets;
        this.people = people;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.customers = customers;
        this.attributeRules = attributeRules;
        this.fields = fields;
        this.fieldValues = fieldValues;
    }

    /**
     * A new ticket of the caller; without a placement (null) it is UNASSIGNED for routing, with one it starts in the
     * chosen group's queue, or IN_PROGRESS with the chosen operator, checked as a forward would be, and routing
     * leaves it there (TicketCreated's {@code placedBy}).
     */
    @Transactional
    public TicketDetails create(Caller caller, String serviceCode, NewTicket request, Placement placement) {
        Workspace service = access.accessibleService(caller, serviceCode);
        Channel channel = request.channel() != null ? request.channel()
                : caller.isAgent() ? Channel.MANUAL : Channel.API;
        FieldReader writer = fields.reader(caller, serviceCode);
        if (writer == FieldReader.INTEGRATION) {
            List<Problem.FieldError> missing = systemFields.missingFromSubmission(serviceCode,
                    request.attributes().inquiryTypeId() != null && request.attributes().inquiryTypeId().isPresent(),
                    request.privacyConsent());
            if (!missing.isEmpty()) {
                throw new ProblemException.Invalid("The request has invalid fields.", missing);
            }
        }
        if (placement == null) {
            return details(caller, open(service, writer, request, request.content(), channel, caller.username()));
        }
        access.permitPlacingNewTicket(caller, serviceCode);
        OperatorGroup group = assignmentTargets.group(serviceCode, placement.groupId());
        Operator operator = placement.assignee() == null ? null
                : assignmentTargets.operator(serviceCode, group, placement.assignee(), "assignee");
        Ticket ticket = open(service, writer, request, request.content(), channel, caller.username(), group.id(),
                caller.username());
        if (operator != null) {
            AssignedBy by = new AssignedBy(AssignedBy.Kind.OPERATOR, caller.username(), "chosen on creation");
            TicketChange change = ticket.assign(group.id(), group.name(), operator.username(), operator.displayName(),
                    by, clock.instant());
            change.auditLines().forEach(tickets::add);
            events.changed(ticket, change);
            events.assigned(ticket, group, operator, by, change.audit().createdAt());
        }
        return details(caller, ticket);
    }

    /**
     * A customer's new mail: an EMAIL ticket of the service by the customer, its content the mail's text,
     * published as TicketCreated so triggers route it like any other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Ticket openFromMail(String serviceCode, NewTicket request) {
        Workspace service = people.workspace(serviceCode).orElseThrow();
        return open(service, FieldReader.INTEGRATION, request, request.content(), Channel.EMAIL,
                request.customer().author());
    }

    /**
     * The issue ticket of an escalation: a MANUAL ticket of the issue service by the escalating operator, for the
     * source ticket's customer, with the customer fields a customer could give (active ones of an active type),
     * routed by the service's triggers like any other. A 400 refusal of its attributes leaves nothing written.
     */
    @Transactional(value = Transactional.TxType.MANDATORY, dontRollbackOn = ProblemException.Invalid.class)
    public Ticket openEscalated(Workspace service, NewTicket request, String escalatedBy) {
        return open(service, FieldReader.INTEGRATION, request, request.content(), Channel.MANUAL, escalatedBy);
    }

    private Ticket open(Workspace service, FieldReader writer, NewTicket request, String content, Channel channel,
                        String createdBy) {
        return open(service, writer, request, content, channel, createdBy, null, null);
    }

    /** {@code queueIn} and {@code placedBy}: the group and the operator who chose it, when one did. */
    private Ticket open(Workspace service, FieldReader writer, NewTicket request, String content, Channel channel,
                        String createdBy, UUID queueIn, String placedBy) {
        String serviceCode = service.code();
        TicketAttributes attributes = attributeRules.resolve(service, writer,
                TicketAttributes.defaults(service.helpCenterLanguages().get(0)), request.attributes(), true);
        long number = people.nextTicketNumber(serviceCode);
        Ticket ticket = Ticket.open(serviceCode, number, request.title(), content, channel,
                request.customer(), attributes, createdBy, clock.instant());
        if (queueIn != null) {
            ticket.queueIn(queueIn);
        }
        // customer feature: find or create the service's customer by e-mail (phone for PHONE tickets) and link it
        ticket.linkCustomer(customers.resolve(serviceCode, channel,
                new Contact(request.customer().email(), request.customer().phone(), request.customer().name(),
                        request.customerLoginId())));
        tickets.add(ticket);
        tickets.add(ticket.createdEvent());
        events.created(ticket, null, placedBy);
        return ticket;
    }

    /** Whether the caller starred (☆) the ticket, which they may see. */
    @Transactional
    public boolean starredBy(Caller caller, UUID id) {
        return tickets.starredBy(access.visibleTicket(caller, id).id(), caller.username());
    }

    /** The ticket as its reader sees it in its detail: encrypted field values decrypted for its operators. */
    @Transactional
    public TicketDetails get(Caller caller, UUID id) {
        return details(caller, access.visibleTicket(caller, id));
    }

    /**
     * A page of tickets as its reader sees them in a list: per service the caller's field reader, the visible
     * fields and the caller's standing are read once for the whole page, and the page's groups and assignees with
     * one query each, not once per ticket.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TicketDetails> listed(Caller caller, List<Ticket> page) {
        Map<String, Function<FieldValues.Values, Map<String, Object>>> shownFields = new HashMap<>();
        Map<String, Standing> standings = new HashMap<>();
        Instant now = clock.instant();
        Map<UUID, TicketSla> slas = access.seesInternalWork(caller)
                ? tickets.slaOf(page.stream().map(Ticket::id).toList()) : Map.of();
        return ticketPeople.of(page).stream()
                .map(d -> {
                    String service = d.ticket().serviceCode();
                    return withFields(d, shownFields.computeIfAbsent(service,
                            s -> fieldValues.visibility(s, fields.ticketReader(caller, s), false)))
                            .allowing(AccessPolicy.allowedActions(
                                    standings.computeIfAbsent(service, s -> access.standing(caller, s)), d.ticket()))
                            .withCallback(callback(caller, d.ticket(), now))
                            .withSla(slas.get(d.ticket().id()));
                })
                .toList();
    }

    /** The history; integration clients (the customer's side) do not see internal notes. */
    @Transactional
    public List<MessageDetails> messages(Caller caller, UUID id) {
        boolean internal = access.seesInternalWork(caller);
        List<TicketMessage> shown = tickets.messages(access.visibleTicket(caller, id).id()).stream()
                .filter(m -> internal || !m.type().isInternal())
                .toList();
        Map<UUID, List<AttachedFile>> files = messageAttachments.ofMessages(shown.stream().map(TicketMessage::id).toList());
        Map<UUID, List<MessageMask>> masked = messageMasks.ofMessagesOf(id).stream()
                .collect(Collectors.groupingBy(MessageMask::messageId));
        return shown.stream().map(m -> new MessageDetails(m, files.getOrDefault(m.id(), List.of()),
                masked.getOrDefault(m.id(), List.of()))).toList();
    }

    /** A line of the history with the before/after values its reader may see. */
    public record EventLine(TicketEvent event, Map<String, Object> changes) {
    }

    /**
     * The history; before/after values of fields the caller may not see are left out, and integration clients
     * see only what the customer may know (see {@link TicketEvent.Type#customerFacing}) and what they did themselves.
     */
    @Transactional
    public List<EventLine> events(Caller caller, UUID id) {
        Ticket ticket = access.visibleTicket(caller, id);
        FieldReader reader = fields.ticketReader(caller, ticket.serviceCode());
        boolean internal = access.seesInternalWork(caller);
        return tickets.events(ticket.id()).stream().filter(e -> internal || e.type().customerFacing() || caller.username().equals(e.actor()))
                .map(e -> new EventLine(e, e.changes() == null ? null
                : visibleChanges(e.changes(), ticket.serviceCode(), reader))).toList();
    }

    private Map<String, Object> visibleChanges(Map<String, Object> changes, String serviceCode, FieldReader reader) {
        Map<String, Object> shown = new LinkedHashMap<>();
        changes.forEach((key, value) -> {
            if (!key.startsWith("fields.") || fieldValues.maySee(serviceCode, reader, key.substring("fields.".length()))) {
                shown.put(key, value);
            }
        });
        return shown;
    }

    /** The sub-tickets of a ticket the caller may see, oldest first. */
    @Transactional
    public List<TicketDetails> subTickets(Caller caller, UUID id) {
        Ticket parent = access.visibleTicket(caller, id);
        return access.visibleAmong(caller, tickets.children(parent.id())).stream().map(c -> details(caller, c)).toList();
    }

    /** Group and assignee, without field values. */
    TicketDetails details(Ticket ticket) {
        return new TicketDetails(ticket,
                ticket.groupId() == null ? null : people.group(ticket.groupId()).orElse(null),
                ticket.assignee() == null ? null : people.operator(ticket.assignee()).orElse(null));
    }

    /**
     * The ticket's detail for its reader: the fields they may see, encrypted ones decrypted for operators, and the
     * actions they may take on it now.
     */
    TicketDetails details(Caller caller, Ticket ticket) {
        return withFields(details(ticket), fieldValues.visibility(ticket.serviceCode(),
                fields.ticketReader(caller, ticket.serviceCode()), true))
                .allowing(AccessPolicy.allowedActions(access.standing(caller, ticket.serviceCode()), ticket))
                .withCallback(callback(caller, ticket, clock.instant()))
                .withSla(access.seesInternalWork(caller) ? tickets.sla(ticket.id()).orElse(null) : null);
    }

    /** The open callback reservation, for the service's operators: a promise they made, not the customer's side. */
    private TicketDetails.Callback callback(Caller caller, Ticket ticket, Instant now) {
        CallbackReservation reservation = ticket.callback();
        return reservation == null || !access.seesInternalWork(caller) ? null
                : new TicketDetails.Callback(reservation, reservation.dueAt(now));
    }

    private static TicketDetails withFields(TicketDetails details, Function<FieldValues.Values, Map<String, Object>> shown) {
        TicketAttributes attributes = details.ticket().attributes();
        return new TicketDetails(details.ticket(), details.group(), details.assignee(),
                shown.apply(new FieldValues.Values(attributes.fields(), attributes.encryptedFields())), null, null,
                details.sla());
    }

    /**
     * Applies a routing decision: logs its summary, the assignment (a new ticket, or an assigned one
     * when the decision answers an update), the triggers' attribute changes, and a completion after a
     * forward. Runs inside the consumer's transaction, together with its processed-event record, so a
     * re-delivered decision is never applied twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyRoutingDecision(RoutingDecision decision) {
        Optional<Ticket> found = tickets.find(decision.ticketId());
        if (found.isEmpty()) {
            Log.warnf("Routing decision %s names unknown ticket %s", decision.decisionId(), decision.ticketId());
            return;
        }
        Ticket ticket = found.get();
        Instant now = clock.instant();
        String trigger = decision.trigger() == null ? null : decision.trigger().name();
        if (decision.summary() != null && !decision.summary().isBlank()) {
            tickets.add(ticket.routingNote(trigger, decision.summary(), now));
        }
        if (RoutingDecision.ASSIGNED.equals(decision.outcome())) {
            assignByRouting(ticket, decision, trigger, now);
        } else if (decision.summary() == null) {
            tickets.add(ticket.routingNote(trigger, RoutingDecision.UNASSIGNED.equals(decision.outcome())
                    ? "Routing left the ticket unassigned: " + decision.reason()
                    : "Routing changed no assignment: " + decision.reason(), now));
        }
        if (decision.changes() != null) {
            applyTriggerChanges(ticket, decision.changes(), trigger == null ? "routing" : trigger, now);
        }
    }

    private void assignByRouting(Ticket ticket, RoutingDecision decision, String trigger, Instant now) {
        Optional<String> refusal = refusal(ticket, decision);
        if (refusal.isPresent()) {
            tickets.add(ticket.routingNote(trigger, "Routing decision not applied: " + refusal.get(), now));
            return;
        }
        OperatorGroup group = people.group(decision.groupId()).orElseThrow();
        Operator operator = people.operator(decision.assignee()).orElseThrow();
        AssignedBy by = new AssignedBy(AssignedBy.Kind.TRIGGER, trigger, decision.reason());
        TicketChange change = ticket.assign(group.id(), group.name(), operator.username(), operator.displayName(), by,
                now);
        change.auditLines().forEach(tickets::add);
        events.changed(ticket, change);
        events.assigned(ticket, group, operator, by, now);
    }

    /**
     * Priority, processing type and tags set by triggers (one audit line, one TicketUpdated by
     * TRIGGER), then the completion a forward asked for. What cannot be applied is noted instead.
     */
    private void applyTriggerChanges(Ticket ticket, RoutingDecision.Changes changes, String trigger, Instant now) {
        TicketAttributes current = ticket.attributes();
        UUID processingType = current.processingTypeId();
        if (changes.processingTypeId() != null) {
            boolean usable = processingTypes.all(ticket.serviceCode()).stream()
                    .anyMatch(t -> t.id().equals(changes.processingTypeId()) && t.active());
            if (usable) {
                processingType = changes.processingTypeId();
            } else {
                tickets.add(ticket.routingNote(trigger, "Processing type " + changes.processingTypeId()
                        + " not set: it is not an active processing type of " + ticket.serviceCode(), now));
            }
        }
        List<String> tags = current.tags();
        if (changes.addTags() != null) {
            List<String> merged = Tags.merge(tags, changes.addTags());
            if (merged == null) {
                tickets.add(ticket.routingNote(trigger, "Tags " + changes.addTags() + " not added: a ticket has at most "
                        + Tags.MAX + " tags", now));
            } else {
                tags = merged;
            }
        }
        TicketAttributes next = new TicketAttributes(changes.priority() == null ? current.priority() : changes.priority(),
                current.language(), current.inquiryTypeId(), processingType, tags, current.fields(),
                current.encryptedFields());
        ticket.changeAttributes(next, trigger, "by trigger '" + trigger + "'", now).ifPresent(change -> {
            tickets.add(change.audit());
            events.updated(ticket, change, TicketEventPublisher.ChangedBy.TRIGGER, trigger);
        });
        if (Boolean.TRUE.equals(changes.complete())) {
            completeAfterForward(ticket, trigger, now);
        }
    }

    private void completeAfterForward(Ticket ticket, String trigger, Instant now) {
        if (!TicketAction.COMPLETE_AFTER_FORWARD.allowedIn(ticket.status())) {
            tickets.add(ticket.routingNote(trigger, "Not completed after forwarding: the ticket is already "
                    + ticket.status(), now));
            return;
        }
        List<String> open = tickets.children(ticket.id()).stream().filter(Ticket::isOpen).map(Ticket::displayNumber)
                .toList();
        if (!open.isEmpty()) {
            tickets.add(ticket.routingNote(trigger, "Not completed after forwarding: sub-tickets still open: "
                    + String.join(", ", open), now));
            return;
        }
        TicketChange change = ticket.completeAfterForward(trigger, open, now);
        change.auditLines().forEach(tickets::add);
        events.changed(ticket, change);
    }

    /** Why a decision can no longer be applied: the ticket moved on or the people changed meanwhile. */
    private Optional<String> refusal(Ticket ticket, RoutingDecision decision) {
        boolean reassignable = ticket.status() == TicketStatus.IN_PROGRESS && decision.answersUpdate();
        if (ticket.status() != TicketStatus.UNASSIGNED && !reassignable) {
            return Optional.of("the ticket is already " + ticket.status());
        }
        if (reassignable && decision.assignee() != null && decision.assignee().equals(ticket.assignee())
                && decision.groupId().equals(ticket.groupId())) {
            return Optional.of("the ticket is already assigned to " + ticket.assignee());
        }
        if (ticket.isSubTicket()) {
            return Optional.of("a sub-ticket stays with the group it was created for");
        }
        Optional<OperatorGroup> group = people.group(decision.groupId())
                .filter(g -> g.workspaceCode().equals(ticket.serviceCode()));
        if (group.isEmpty()) {
            return Optional.of("group " + decision.groupId() + " is not a group of " + ticket.serviceCode());
        }
        if (decision.assignee() == null || !people.isInGroup(decision.assignee(), decision.groupId())) {
            return Optional.of(decision.assignee() + " is not in group " + group.get().name());
        }
        boolean assignable = people.membership(ticket.serviceCode(), decision.assignee())
                .map(m -> m.assignmentEnabled()).orElse(false);
        return assignable ? Optional.empty()
                : Optional.of(decision.assignee() + " has ticket assignment turned off");
    }
}
