package io.switchboard.escalation.dooray.api;

import io.switchboard.escalation.dooray.domain.DoorayComment;
import io.switchboard.escalation.dooray.domain.DoorayEscalation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Dooray escalation on the wire. */
public record DoorayEscalationView(
        UUID id,
        UUID ticketId,
        String ticketNumber,
        String serviceCode,
        String projectId,
        String projectName,
        @Schema(description = "The Dooray task (post) id; null while PENDING, and for a task Dooray never made")
        String taskId,
        String subject,
        @Schema(enumeration = {"backlog", "registered", "working", "closed"}, nullable = true,
                description = "The task's workflow class as Dooray last said it") String workflowClass,
        @Schema(description = "PENDING: Dooray is being asked (or it did not answer, and Switchboard is looking for "
                + "the task); OPEN: the task exists; ANSWERED: the task was closed; FAILED: see failure")
        DoorayEscalation.Status status,
        @Schema(nullable = true, description = "Why it failed: Dooray made no task, or the ticket could not be moved")
        String failure,
        String requestedBy,
        Instant requestedAt,
        Instant updatedAt,
        @Schema(nullable = true, description = "When Switchboard last read the task from Dooray") Instant lastSyncedAt) {

    static DoorayEscalationView of(DoorayEscalation e) {
        return new DoorayEscalationView(e.id(), e.ticketId(), e.ticketNumber(), e.serviceCode(), e.projectId(),
                e.projectName(), e.taskId().orElse(null), e.subject(), e.workflowClass(), e.status(), e.failure(),
                e.requestedBy(), e.requestedAt(), e.updatedAt(), e.lastSyncedAt());
    }

    @Schema(name = "DoorayEscalations")
    public record Page(List<DoorayEscalationView> items) {
    }

    @Schema(name = "DoorayCommentAuthor")
    public record Author(String name, @Schema(nullable = true) String organizationMemberId,
                         @Schema(nullable = true, description = "The operator, for comments written through Switchboard")
                         String username) {
    }

    @Schema(name = "DoorayComment", description = "A comment of the task: the ticket's Dooray conversation")
    public record CommentView(String id, Author author, boolean fromSwitchboard, String content,
                              @Schema(enumeration = {"text/html", "text/x-markdown"}) String mimeType,
                              Instant createdAt) {
        static CommentView of(DoorayComment c) {
            return new CommentView(c.commentId(), new Author(c.authorName(), c.authorMemberId(), c.authorUsername()),
                    c.fromSwitchboard(), c.content(), c.mimeType(), c.createdAt());
        }
    }

    @Schema(name = "DoorayComments")
    public record Comments(List<CommentView> items) {
    }

    @Schema(name = "NewDoorayComment")
    public record CommentRequest(@Schema(required = true) String content,
                                 @Schema(enumeration = {"text/html", "text/x-markdown"}, defaultValue = "text/x-markdown")
                                 String mimeType) {
    }
}
