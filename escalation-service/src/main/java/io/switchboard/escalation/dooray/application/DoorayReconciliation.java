package io.switchboard.escalation.dooray.application;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.escalation.dooray.application.DoorayApi.Body;
import io.switchboard.escalation.dooray.application.DoorayApi.Comment;
import io.switchboard.escalation.dooray.application.DoorayApi.Post;
import io.switchboard.escalation.dooray.domain.DoorayComment;
import io.switchboard.escalation.dooray.domain.DoorayEscalation;
import io.switchboard.escalation.dooray.persistence.DoorayConnectionRepository;
import io.switchboard.escalation.dooray.persistence.DoorayEscalationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps escalations true to Dooray when a webhook was missed or a request was cut short, every
 * {@code switchboard.dooray.reconcile.interval}:
 * <ul>
 * <li>OPEN tasks not read for an interval are read ({@code GET …/posts/{id}} and its comments) and what changed is
 * applied once, as a hook would have;</li>
 * <li>PENDING escalations older than {@code pending-grace} (Dooray never answered, or the service stopped between
 * Dooray's answer and the commit) are looked for in their project by subject, and recognised by the escalation id in
 * the body: found, they open; not found, they fail (the ticket never moved);</li>
 * <li>ticket-service refused to move a ticket for a new task: the task gets a comment saying so.</li>
 * </ul>
 * Each escalation is one transaction; Dooray is read outside it.
 */
@ApplicationScoped
public class DoorayReconciliation {

    private static final int BATCH = 50;

    private final DoorayEscalationRepository escalations;
    private final DoorayConnectionRepository connections;
    private final DoorayEscalations escalating;
    private final DoorayTaskSync sync;
    private final TokenCipher cipher;
    private final DoorayClient dooray;
    private final DoorayConfig config;
    private final Clock clock;

    DoorayReconciliation(DoorayEscalationRepository escalations, DoorayConnectionRepository connections,
                         DoorayEscalations escalating, DoorayTaskSync sync, TokenCipher cipher, DoorayClient dooray,
                         DoorayConfig config, Clock clock) {
        this.escalations = escalations;
        this.connections = connections;
        this.escalating = escalating;
        this.sync = sync;
        this.cipher = cipher;
        this.dooray = dooray;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${switchboard.dooray.reconcile.interval:30s}", delayed = "${switchboard.dooray.reconcile.delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "dooray-reconciliation")
    void run() {
        Instant now = clock.instant();
        List<UUID> open = QuarkusTransaction.requiringNew().call(() ->
                escalations.openNotSyncedSince(now.minus(config.reconcile().interval()), BATCH));
        open.forEach(id -> guarded(id, "read", () -> readTask(id)));
        List<UUID> pending = QuarkusTransaction.requiringNew().call(() ->
                escalations.pendingSince(now.minus(config.reconcile().pendingGrace()), BATCH));
        pending.forEach(id -> guarded(id, "look for", () -> findTask(id)));
        List<UUID> notices = QuarkusTransaction.requiringNew().call(() -> escalations.withNoticePending(BATCH));
        notices.forEach(id -> guarded(id, "comment on", () -> postNotice(id)));
    }

    /** A failure with one task (Dooray away, the token refused) leaves it for the next run and goes on. */
    private void guarded(UUID id, String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            Log.warnf("Could not %s the Dooray task of escalation %s: %s", what, id, e.getMessage());
        }
    }

    private record Task(DoorayEscalation escalation, String token) {
    }

    private Optional<Task> task(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> escalations.find(id).flatMap(escalation ->
                connections.find(escalation.serviceCode()).map(c -> new Task(escalation, cipher.openToken(c)))));
    }

    private void readTask(UUID id) {
        Optional<Task> task = task(id);
        if (task.isEmpty()) {
            return;
        }
        DoorayEscalation seen = task.get().escalation();
        String taskId = seen.taskId().orElseThrow();
        Post post;
        List<Comment> comments;
        try {
            post = dooray.post(task.get().token(), seen.projectId(), taskId);
            comments = dooray.comments(task.get().token(), seen.projectId(), taskId);
        } catch (DoorayFailure.Unavailable stillAway) {
            throw stillAway;
        } catch (DoorayFailure failure) {
            // the token or the task is gone: reading again every run would not help until an admin acts
            QuarkusTransaction.requiringNew().run(() -> escalations.lock(id).ifPresent(e -> e.synced(clock.instant())));
            throw failure;
        }
        QuarkusTransaction.requiringNew().run(() -> escalations.lock(id).ifPresent(escalation -> {
            String workflowClass = post.workflow() != null && post.workflow().workflowClass() != null
                    ? post.workflow().workflowClass() : post.workflowClass();
            if (workflowClass != null) {
                sync.workflow(escalation, workflowClass);
            }
            comments.forEach(comment -> sync.comment(escalation, comment));
            escalation.synced(clock.instant());
        }));
    }

    private void findTask(UUID id) {
        Optional<Task> task = task(id);
        if (task.isEmpty() || task.get().escalation().status() != DoorayEscalation.Status.PENDING) {
            return;
        }
        DoorayEscalation pending = task.get().escalation();
        String marker = DoorayEscalations.marker(id);
        Optional<Post> made = dooray.postsBySubject(task.get().token(), pending.projectId(), pending.subject()).stream()
                .filter(p -> p.body() != null && p.body().content() != null && p.body().content().contains(marker))
                .findFirst();
        if (made.isPresent()) {
            Log.infof("Found the Dooray task %s of pending escalation %s", made.get().id(), id);
            escalating.open(id, made.get().id());
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> escalations.lock(id)
                .filter(e -> e.status() == DoorayEscalation.Status.PENDING)
                .ifPresent(e -> e.failed("Dooray did not create the task (its request was not answered); escalate "
                        + "again.", false, clock.instant())));
    }

    /**
     * Comments on the task that the ticket was not moved. The escalation stays locked meanwhile, so the task's hook
     * for this comment waits and then finds it stored as Switchboard's own (not told to ticket-service as Dooray's).
     */
    private void postNotice(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> escalations.lock(id).filter(DoorayEscalation::noticePending)
                .ifPresent(failed -> connections.find(failed.serviceCode()).ifPresent(connection -> {
                    Body notice = new Body("text/x-markdown", "Switchboard: " + failed.failure() + " This task no "
                            + "longer answers the ticket; its operator escalates again if needed.");
                    String commentId = dooray.addComment(cipher.openToken(connection), failed.projectId(),
                            failed.taskId().orElseThrow(), notice);
                    escalations.addComment(new DoorayComment(id, commentId, "Switchboard", null, null, true,
                            notice.content(), notice.mimeType(), clock.instant()));
                    failed.noticePosted();
                })));
    }
}
