package io.switchboard.escalation.dooray.application;

import java.time.Instant;
import java.util.UUID;

/**
 * What escalation-service tells ticket-service about Dooray tasks (aggregate {@code escalation}, keyed by the
 * ticket, so one ticket's steps stay in order), and ticket-service's answer; contracts in docs/events/schemas.
 */
public final class DoorayEvents {

    public static final String AGGREGATE = "escalation";
    public static final String TASK_CREATED = "DoorayTaskCreated";
    public static final String TASK_CHANGED = "DoorayTaskChanged";
    public static final String COMMENT_ADDED = "DoorayCommentAdded";
    public static final String ESCALATION_REFUSED = "DoorayEscalationRefused";

    private DoorayEvents() {
    }

    /** The task exists (workflow class {@code registered}): the ticket becomes DOORAY_ESCALATED. */
    public record DoorayTaskCreated(UUID escalationId, UUID ticketId, String number, String serviceCode,
                                    String projectId, String projectName, String taskId, String subject,
                                    String requestedBy, Instant createdAt) {
    }

    /** The task moved to another workflow class. */
    public record DoorayTaskChanged(UUID escalationId, UUID ticketId, String projectId, String taskId,
                                    String workflowClass, Instant changedAt) {
    }

    /** Someone commented on the task in Dooray (comments written through Switchboard are not told). */
    public record DoorayCommentAdded(UUID escalationId, UUID ticketId, String projectId, String taskId,
                                     String commentId, String authorName, String content, String mimeType,
                                     Instant createdAt) {
    }

    /** ticket-service did not move the ticket for a new task (e.g. its status changed meanwhile). */
    public record DoorayEscalationRefused(UUID escalationId, UUID ticketId, String reason, Instant refusedAt) {
    }
}
