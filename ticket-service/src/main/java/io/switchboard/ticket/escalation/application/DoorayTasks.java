package io.switchboard.ticket.escalation.application;

import io.quarkus.logging.Log;
import io.switchboard.platform.events.Outbox;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.escalation.application.EscalationPayloads.DoorayCommentAdded;
import io.switchboard.ticket.escalation.application.EscalationPayloads.DoorayTaskChanged;
import io.switchboard.ticket.escalation.application.EscalationPayloads.DoorayTaskCreated;
import io.switchboard.ticket.escalation.persistence.EscalationTransferRepository;
import io.switchboard.ticket.ticket.application.TicketLifecycle;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketAction;
import io.switchboard.ticket.ticket.domain.TicketEvent;
import io.switchboard.ticket.ticket.domain.TicketStatus;
import io.switchboard.ticket.ticket.events.TicketEventPayloads;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dooray! escalation (Dooray 이관, PRODUCT.md §6) on ticket-service's side: escalation-service reports the task's life
 * and the ticket follows it — created → DOORAY_ESCALATED (once per escalation id; refused with a report when the
 * ticket may no longer be escalated), registered/working/closed → DOORAY_ESCALATED/DOORAY_IN_PROGRESS/DOORAY_ANSWERED
 * as far as the transition table allows (otherwise a history line says where it stayed), and comments from Dooray
 * as history lines. Each runs in the consumer's transaction; every move publishes TicketStatusChanged.
 */
@ApplicationScoped
public class DoorayTasks {

    private static final Map<String, TicketStatus> STATUS_OF_WORKFLOW = Map.of(
            "registered", TicketStatus.DOORAY_ESCALATED,
            "working", TicketStatus.DOORAY_IN_PROGRESS,
            "closed", TicketStatus.DOORAY_ANSWERED);
    private static final Set<TicketStatus> DOORAY_STATUSES = Set.copyOf(STATUS_OF_WORKFLOW.values());
    private static final int COMMENT_EXCERPT = 500;

    private final EscalationTransferRepository transfers;
    private final TicketRepository tickets;
    private final AccessPolicy access;
    private final TicketLifecycle lifecycle;
    private final Outbox outbox;
    private final Clock clock;

    DoorayTasks(EscalationTransferRepository transfers, TicketRepository tickets, AccessPolicy access,
                TicketLifecycle lifecycle, Outbox outbox, Clock clock) {
        this.transfers = transfers;
        this.tickets = tickets;
        this.access = access;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(DoorayTaskCreated created) {
        Instant now = clock.instant();
        if (!transfers.claim(created.escalationId(), created.ticketId(), created.requestedBy(), now)) {
            Log.debugf("Dooray escalation %s was already applied", created.escalationId());
            return;
        }
        Optional<Ticket> found = tickets.find(created.ticketId()).filter(t -> !t.isDeleted());
        if (found.isEmpty()) {
            refuse(created, "Ticket " + created.ticketId() + " no longer exists.", now);
            return;
        }
        Ticket ticket = found.get();
        Caller requester = new Caller(created.requestedBy(), null, null, Set.of(Caller.AGENT));
        String refusal = access.standing(requester, ticket.serviceCode()).refusal(ticket, TicketAction.DOORAY_ESCALATE);
        if (refusal == null && !ticket.allows(TicketAction.DOORAY_ESCALATE)) {
            refusal = "Ticket " + ticket.displayNumber() + " is " + ticket.status() + " and cannot be escalated to "
                    + "Dooray now.";
        }
        if (refusal != null) {
            tickets.add(ticket.doorayNote(TicketEvent.Type.DOORAY_ESCALATED, created.requestedBy(), "Dooray task "
                    + created.taskId() + " was created, but the ticket was not moved: " + refusal, now));
            refuse(created, refusal, now);
            return;
        }
        lifecycle.recordSystemChange(ticket, ticket.doorayEscalate(created.projectName(), created.taskId(),
                created.requestedBy(), now));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(DoorayTaskChanged changed) {
        Optional<Ticket> found = tickets.find(changed.ticketId()).filter(t -> !t.isDeleted());
        if (found.isEmpty()) {
            Log.infof("Dooray task %s changed, but ticket %s no longer exists", changed.taskId(), changed.ticketId());
            return;
        }
        Ticket ticket = found.get();
        Instant now = clock.instant();
        TicketStatus target = STATUS_OF_WORKFLOW.get(changed.workflowClass());
        if (target == ticket.status()) {
            return;
        }
        if (target != null && ticket.allows(TicketAction.DOORAY_TASK_CHANGE) && ticket.status().canMoveTo(target)) {
            lifecycle.recordSystemChange(ticket, ticket.doorayTaskChanged(target, changed.taskId(),
                    changed.workflowClass(), now));
            return;
        }
        String stays = DOORAY_STATUSES.contains(ticket.status()) || target == null ? "" : " (no longer escalated)";
        tickets.add(ticket.doorayNote(TicketEvent.Type.DOORAY_TASK_CHANGED, Ticket.DOORAY_ACTOR, "Dooray task "
                + changed.taskId() + " is " + changed.workflowClass() + "; the ticket stays " + ticket.status() + stays,
                now));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void commented(DoorayCommentAdded comment) {
        tickets.find(comment.ticketId()).filter(t -> !t.isDeleted()).ifPresent(ticket -> {
            String content = comment.content() == null ? "" : comment.content().strip();
            String excerpt = content.length() > COMMENT_EXCERPT ? content.substring(0, COMMENT_EXCERPT) + "…" : content;
            tickets.add(ticket.doorayNote(TicketEvent.Type.DOORAY_COMMENTED, Ticket.DOORAY_ACTOR, "Dooray comment by "
                    + comment.authorName() + " on task " + comment.taskId() + ": " + excerpt, clock.instant()));
        });
    }

    private void refuse(DoorayTaskCreated created, String reason, Instant now) {
        Log.infof("Dooray escalation %s of ticket %s refused: %s", created.escalationId(), created.ticketId(), reason);
        outbox.append(TicketEventPayloads.AGGREGATE, created.ticketId().toString(),
                EscalationPayloads.DOORAY_ESCALATION_REFUSED,
                new EscalationPayloads.DoorayEscalationRefused(created.escalationId(), created.ticketId(), reason, now));
    }
}
