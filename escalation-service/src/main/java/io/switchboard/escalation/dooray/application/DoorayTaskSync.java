package io.switchboard.escalation.dooray.application;

import io.quarkus.logging.Log;
import io.switchboard.escalation.dooray.application.DoorayApi.Comment;
import io.switchboard.escalation.dooray.domain.DoorayComment;
import io.switchboard.escalation.dooray.domain.DoorayEscalation;
import io.switchboard.escalation.dooray.persistence.DoorayEscalationRepository;
import io.switchboard.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What Dooray says of a task — by webhook or when read by {@link DoorayReconciliation} — applied once: a new
 * workflow class or a new comment is stored and told to ticket-service (outbox) in the caller's transaction; the
 * same news again changes nothing. A task of an escalation superseded by a later one of its ticket no longer moves
 * the ticket.
 */
@ApplicationScoped
public class DoorayTaskSync {

    private static final Set<String> WORKFLOW_CLASSES = Set.of("backlog", "registered", "working", "closed");

    private final DoorayEscalationRepository escalations;
    private final Outbox outbox;
    private final Clock clock;

    DoorayTaskSync(DoorayEscalationRepository escalations, Outbox outbox, Clock clock) {
        this.escalations = escalations;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void workflow(DoorayEscalation escalation, String workflowClass) {
        if (!WORKFLOW_CLASSES.contains(workflowClass)) {
            Log.warnf("Dooray task %s has the unknown workflow class %s; ignored", escalation.taskId().orElse("?"),
                    workflowClass);
            return;
        }
        Instant now = clock.instant();
        if (escalation.workflowChanged(workflowClass, now) && !escalations.superseded(escalation)) {
            outbox.append(DoorayEvents.AGGREGATE, escalation.ticketId().toString(), DoorayEvents.TASK_CHANGED,
                    new DoorayEvents.DoorayTaskChanged(escalation.id(), escalation.ticketId(), escalation.projectId(),
                            escalation.taskId().orElseThrow(), workflowClass, now));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void comment(DoorayEscalation escalation, Comment comment) {
        if (comment == null || comment.id() == null || comment.body() == null) {
            return;
        }
        DoorayApi.MemberRef author = comment.creator() == null ? null : comment.creator().member();
        String name = author == null || author.name() == null ? "Dooray" : author.name();
        Instant createdAt = comment.createdAt() == null ? clock.instant() : comment.createdAt().toInstant();
        String mimeType = comment.body().mimeType() == null ? "text/x-markdown" : comment.body().mimeType();
        String content = comment.body().content() == null ? "" : comment.body().content();
        UUID id = escalation.id();
        if (escalations.addComment(new DoorayComment(id, comment.id(), name,
                author == null ? null : author.organizationMemberId(), null, false, content, mimeType, createdAt))) {
            outbox.append(DoorayEvents.AGGREGATE, escalation.ticketId().toString(), DoorayEvents.COMMENT_ADDED,
                    new DoorayEvents.DoorayCommentAdded(id, escalation.ticketId(), escalation.projectId(),
                            escalation.taskId().orElseThrow(), comment.id(), name, content, mimeType, createdAt));
        }
    }

    /** ticket-service did not move the ticket for the new task: the escalation failed, and Dooray's side is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refused(UUID escalationId, String reason, Instant at) {
        escalations.lock(escalationId).ifPresentOrElse(
                escalation -> escalation.failed("Switchboard did not move ticket " + escalation.ticketNumber() + ": "
                        + reason, true, at),
                () -> Log.warnf("ticket-service refused Dooray escalation %s, which is not known here", escalationId));
    }
}
