package io.switchboard.ticket.ticket.application;

import io.quarkus.logging.Log;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.customer.application.Customers;
import io.switchboard.ticket.customer.domain.Contact;
import io.switchboard.ticket.people.application.Caller;
import io.switchboard.ticket.people.application.Directory;
import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.ticket.domain.AssignedBy;
import io.switchboard.ticket.ticket.domain.AttachedFile;
import io.switchboard.ticket.ticket.domain.Channel;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketChange;
import io.switchboard.ticket.ticket.domain.MessageType;
import io.switchboard.ticket.ticket.domain.TicketEvent;
import io.switchboard.ticket.ticket.domain.TicketMessage;
import io.switchboard.ticket.ticket.domain.TicketStatus;
import io.switchboard.ticket.ticket.messaging.RoutingDecision;
import io.switchboard.ticket.ticket.messaging.TicketEventPublisher;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Ticket use cases; each runs in one transaction with its audit event and its outbox event. */
@ApplicationScoped
public class TicketService {

    private final TicketRepository tickets;
    private final PeopleRepository people;
    private final Directory directory;
    private final TicketEventPublisher events;
    private final Clock clock;
    private final Customers customers;

    private final MessageAttachments messageAttachments;

    TicketService(TicketRepository tickets, PeopleRepository people, Directory directory,
                  TicketEventPublisher events, Clock clock, Customers customers,
                  MessageAttachments messageAttachments) {
        this.messageAttachments = messageAttachments;
        this.tickets = tickets;
        this.people = people;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.customers = customers;
    }

    @Transactional
    public TicketDetails create(Caller caller, String serviceCode, NewTicket request) {
        directory.accessibleService(caller, serviceCode);
        Channel channel = request.channel() != null ? request.channel()
                : caller.isAgent() ? Channel.MANUAL : Channel.API;
        long number = people.nextTicketNumber(serviceCode);
        Ticket ticket = Ticket.open(serviceCode, number, request.title(), request.content(), channel,
                request.customer(), caller.username(), clock.instant());
        // customer feature: find or create the service's customer by e-mail (phone for PHONE tickets) and link it
        ticket.linkCustomer(customers.resolve(serviceCode, channel,
                new Contact(request.customer().email(), request.customerPhone(), request.customer().name(),
                        request.customerLoginId())));
        tickets.add(ticket);
        tickets.add(ticket.createdEvent());
        events.created(ticket, null);
        return details(ticket);
    }

    @Transactional
    public TicketDetails get(Caller caller, UUID id) {
        return details(visible(caller, id));
    }

    @Transactional
    public TicketPage list(Caller caller, boolean onlyMine, ListPosition after, int limit) {
        List<Ticket> page = tickets.page(directory.serviceCodesOf(caller), caller.username(), onlyMine ? caller.username() : null,
                after, limit + 1);
        List<TicketDetails> items = page.stream().limit(limit).map(this::details).toList();
        if (page.size() <= limit) {
            return new TicketPage(items, null);
        }
        Ticket last = page.get(limit - 1);
        return new TicketPage(items, new ListPosition(last.createdAt(), last.id()));
    }

    /** The history; integration clients (the customer's side) do not see internal notes. */
    @Transactional
    public List<MessageDetails> messages(Caller caller, UUID id) {
        List<TicketMessage> shown = tickets.messages(visible(caller, id).id()).stream()
                .filter(m -> caller.isAgent()
                        || (m.type() != MessageType.INTERNAL_COMMENT && m.type() != MessageType.FORWARD_NOTE))
                .toList();
        Map<UUID, List<AttachedFile>> files = messageAttachments.ofMessages(shown.stream().map(TicketMessage::id).toList());
        return shown.stream().map(m -> new MessageDetails(m, files.getOrDefault(m.id(), List.of()))).toList();
    }

    @Transactional
    public List<TicketEvent> events(Caller caller, UUID id) {
        return tickets.events(visible(caller, id).id());
    }

    /**
     * The ticket if the caller may see it; otherwise 404, so ids of other services don't leak.
     * Sub-tickets are private to their people (see {@link #maySee}).
     */
    Ticket visible(Caller caller, UUID id) {
        return tickets.find(id).filter(t -> maySee(caller, t))
                .orElseThrow(() -> new ProblemException.NotFound("There is no ticket " + id + "."));
    }

    /**
     * Any member of the service (or a granted integration) sees an ordinary ticket. A sub-ticket
     * only its service's admins, its assignee, the members of its group and the parent's assignee
     * see — so siblings stay private to their owners. The list query repeats this rule.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean maySee(Caller caller, Ticket ticket) {
        if (ticket.isDeleted() || !directory.canSee(caller, ticket.serviceCode())) {
            return false;
        }
        if (!ticket.isSubTicket() || caller.isIntegration()) {
            return true;
        }
        String me = caller.username();
        return me.equals(ticket.assignee())
                || people.membership(ticket.serviceCode(), me).map(m -> m.role() == Membership.Role.ADMIN).orElse(false)
                || (ticket.groupId() != null && people.isInGroup(me, ticket.groupId()))
                || tickets.find(ticket.parentId()).map(p -> me.equals(p.assignee())).orElse(false);
    }

    /** The sub-tickets of a ticket the caller may see, oldest first. */
    @Transactional
    public List<TicketDetails> subTickets(Caller caller, UUID id) {
        Ticket parent = visible(caller, id);
        return tickets.children(parent.id()).stream().filter(c -> maySee(caller, c)).map(this::details).toList();
    }

    TicketDetails details(Ticket ticket) {
        return new TicketDetails(ticket,
                ticket.groupId() == null ? null : people.group(ticket.groupId()).orElse(null),
                ticket.assignee() == null ? null : people.operator(ticket.assignee()).orElse(null));
    }

    /** Runs inside the consumer's transaction, together with its processed-event record. */
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
        if (!RoutingDecision.ASSIGNED.equals(decision.outcome())) {
            tickets.add(ticket.routingNote(trigger, "Routing left the ticket unassigned: " + decision.reason(), now));
            return;
        }
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
        tickets.add(change.audit());
        events.changed(ticket, change);
        events.assigned(ticket, group, operator, by, now);
    }

    /** Why a decision can no longer be applied: the ticket moved on or the people changed meanwhile. */
    private Optional<String> refusal(Ticket ticket, RoutingDecision decision) {
        if (ticket.status() != TicketStatus.UNASSIGNED) {
            return Optional.of("the ticket is already " + ticket.status());
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
