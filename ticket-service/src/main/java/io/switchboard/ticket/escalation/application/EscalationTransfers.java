package io.switchboard.ticket.escalation.application;

import io.quarkus.logging.Log;
import io.switchboard.platform.events.Outbox;
import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.escalation.application.EscalationPayloads.EscalationRequested;
import io.switchboard.ticket.escalation.application.EscalationPayloads.TicketRef;
import io.switchboard.ticket.escalation.persistence.EscalationTransferRepository;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.ticket.application.NewTicket;
import io.switchboard.ticket.ticket.application.RequestedAttributes;
import io.switchboard.ticket.ticket.application.TicketChanged;
import io.switchboard.ticket.ticket.application.TicketLifecycle;
import io.switchboard.ticket.ticket.application.TicketService;
import io.switchboard.ticket.ticket.domain.MessageBody;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketAction;
import io.switchboard.ticket.ticket.domain.TicketChange;
import io.switchboard.ticket.ticket.domain.TicketLink;
import io.switchboard.ticket.ticket.events.TicketEventPayloads;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Issue-management escalation (이슈관리 이관, PRODUCT.md §6) on ticket-service's side. escalation-service asks
 * (EscalationRequested); here the issue ticket is opened in the target service, linked both ways, and the source
 * becomes ESCALATED — or nothing is written and the refusal says why. When the issue ticket is held, resolved or
 * internally resolved, its answer is posted on the source ticket. Each step publishes its event, keyed by the
 * source ticket, for escalation-service.
 */
@ApplicationScoped
public class EscalationTransfers {

    private static final Set<TicketAction> ANSWERS = Set.of(TicketAction.HOLD, TicketAction.RESOLVE,
            TicketAction.INTERNAL_RESOLUTION);

    private final EscalationTransferRepository transfers;
    private final TicketRepository tickets;
    private final PeopleRepository people;
    private final AccessPolicy access;
    private final TicketService service;
    private final TicketLifecycle lifecycle;
    private final Outbox outbox;
    private final Clock clock;

    EscalationTransfers(EscalationTransferRepository transfers, TicketRepository tickets, PeopleRepository people,
                        AccessPolicy access, TicketService service, TicketLifecycle lifecycle, Outbox outbox,
                        Clock clock) {
        this.transfers = transfers;
        this.tickets = tickets;
        this.people = people;
        this.access = access;
        this.service = service;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Runs in the consumer's transaction; the same escalation applied again changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(EscalationRequested request) {
        Instant now = clock.instant();
        if (!transfers.claim(request.escalationId(), request.ticketId(), request.requestedBy(), now)) {
            Log.debugf("Escalation %s was already applied", request.escalationId());
            return;
        }
        Optional<Ticket> found = tickets.find(request.ticketId()).filter(t -> !t.isDeleted());
        if (found.isEmpty()) {
            refuse(request, "Ticket " + request.ticketId() + " no longer exists.", List.of(), now);
            return;
        }
        Ticket source = found.get();
        String refusal = refusal(request, source);
        if (refusal != null) {
            refuse(request, refusal, List.of(), now);
            return;
        }
        Workspace target = people.workspace(request.targetServiceCode()).orElseThrow();
        Ticket issue;
        try {
            issue = service.openEscalated(target, new NewTicket(request.title().strip(), request.content(), null,
                    source.customer(), null, new RequestedAttributes(null, null,
                    Optional.ofNullable(request.inquiryTypeId()), null, null, request.fields()), null),
                    request.requestedBy());
        } catch (ProblemException.Invalid invalid) {
            refuse(request, target.code() + " refused the issue ticket: " + invalid.fieldErrors().stream()
                    .map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")), invalid.fieldErrors(), now);
            return;
        }
        tickets.add(new TicketLink(source.id(), issue.id(), TicketLink.Type.ESCALATED_TO, now));
        tickets.add(new TicketLink(issue.id(), source.id(), TicketLink.Type.ESCALATED_FROM, now));
        tickets.add(issue.escalationReceived(source.displayNumber(), request.requestedBy(), now));
        lifecycle.recordSystemChange(source, source.escalate(issue.displayNumber(), request.requestedBy(), now));
        transfers.opened(request.escalationId(), issue.id());
        publish(source.id(), EscalationPayloads.TICKET_ESCALATED, new EscalationPayloads.TicketEscalated(
                request.escalationId(), source.id(), source.displayNumber(), source.serviceCode(), ref(issue),
                request.requestedBy(), now));
    }

    /** Why the source ticket cannot be escalated as asked, by the rules that held when it was requested; or null. */
    private String refusal(EscalationRequested request, Ticket source) {
        Optional<Workspace> target = people.workspace(request.targetServiceCode() == null ? ""
                : request.targetServiceCode());
        if (target.isEmpty() || target.get().type() != Workspace.Type.ISSUE) {
            return request.targetServiceCode() + " is not an issue-management service.";
        }
        if (request.title() == null || request.title().isBlank() || request.content() == null
                || request.content().isBlank()) {
            return "An escalation needs a title and content.";
        }
        Caller requester = new Caller(request.requestedBy(), null, null, Set.of(Caller.AGENT));
        String forbidden = access.standing(requester, source.serviceCode()).refusal(source, TicketAction.ESCALATE);
        if (forbidden != null) {
            return forbidden;
        }
        return source.allows(TicketAction.ESCALATE) ? null : "Ticket " + source.displayNumber() + " is "
                + source.status() + " and cannot be escalated now.";
    }

    private void refuse(EscalationRequested request, String reason, List<Problem.FieldError> errors, Instant now) {
        Log.infof("Escalation %s of ticket %s refused: %s", request.escalationId(), request.ticketId(), reason);
        publish(request.ticketId(), EscalationPayloads.ESCALATION_REFUSED,
                new EscalationPayloads.EscalationRefused(request.escalationId(), request.ticketId(), reason, errors, now));
    }

    /** An issue ticket's hold, resolution or internal resolution answers the ticket escalated to it. */
    void onChange(@Observes TicketChanged changed) {
        TicketChange change = changed.change();
        if (!ANSWERS.contains(change.action())) {
            return;
        }
        Ticket issue = changed.ticket();
        transfers.ofIssue(issue.id()).ifPresent(transfer -> answer(transfer, issue, change));
    }

    private void answer(EscalationTransferRepository.Transfer transfer, Ticket issue, TicketChange change) {
        Ticket source = tickets.find(transfer.sourceTicketId()).orElseThrow();
        String actor = change.audit().actor();
        Instant now = change.audit().createdAt();
        MessageBody answer = change.message() != null
                ? new MessageBody(change.message().body(), change.message().bodyFormat())
                : new MessageBody("Internally resolved: " + issue.internalResolution(), MessageBody.Format.TEXT);
        String how = switch (change.action()) {
            case HOLD -> "held";
            case RESOLVE -> "resolved";
            default -> "internally resolved";
        };
        if (!source.isDeleted() && source.allows(TicketAction.ESCALATION_ANSWER)) {
            lifecycle.recordSystemChange(source, source.escalationAnswer(issue.displayNumber(), how, actor, answer, now));
            tickets.add(issue.escalationAnswerSent(source.displayNumber(), actor, now));
        } else {
            Log.infof("Ticket %s answered escalation %s, but %s is closed: the answer is kept on the escalation only",
                    issue.displayNumber(), transfer.escalationId(), source.displayNumber());
        }
        publish(source.id(), EscalationPayloads.TICKET_ESCALATION_ANSWERED, new EscalationPayloads.TicketEscalationAnswered(
                transfer.escalationId(), source.id(), source.displayNumber(), source.serviceCode(), ref(issue),
                change.action().path(), answer.text(), answer.format().name(), actor, now));
    }

    private void publish(UUID sourceTicketId, String type, Object data) {
        outbox.append(TicketEventPayloads.AGGREGATE, sourceTicketId.toString(), type, data);
    }

    private static TicketRef ref(Ticket ticket) {
        return new TicketRef(ticket.id(), ticket.displayNumber(), ticket.serviceCode());
    }
}
