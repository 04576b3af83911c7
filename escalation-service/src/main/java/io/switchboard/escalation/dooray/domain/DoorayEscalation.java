package io.switchboard.escalation.dooray.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A ticket escalated to a Dooray! task (Dooray 이관). PENDING (stored before Dooray is asked, so a task Dooray made is
 * never lost) → OPEN (the task exists) → ANSWERED (the task was closed), or → FAILED (Dooray made no task, or
 * ticket-service refused to move the ticket). The task's workflow class is kept as Dooray last said it.
 */
@Entity
@Table(name = "dooray_escalation")
public class DoorayEscalation {

    public enum Status { PENDING, OPEN, ANSWERED, FAILED }

    public static final String CLOSED = "closed";

    @Id
    private UUID id;

    @Column(name = "ticket_id", nullable = false)
    private UUID ticketId;

    @Column(name = "ticket_number", nullable = false)
    private String ticketNumber;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(name = "project_id", nullable = false)
    private String projectId;

    @Column(name = "project_name", nullable = false)
    private String projectName;

    @Column(name = "task_id")
    private String taskId;

    @Column(nullable = false)
    private String subject;

    @Column(name = "workflow_class")
    private String workflowClass;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String failure;

    @Column(name = "notice_pending", nullable = false)
    private boolean noticePending;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "last_synced_at")
    private Instant lastSyncedAt;

    @Version
    private long version;

    protected DoorayEscalation() {
    }

    public static DoorayEscalation pending(UUID ticketId, String ticketNumber, String serviceCode,
                                           DoorayProjectSetting project, String subject, String requestedBy,
                                           Instant now) {
        DoorayEscalation escalation = new DoorayEscalation();
        escalation.id = UUID.randomUUID();
        escalation.ticketId = ticketId;
        escalation.ticketNumber = ticketNumber;
        escalation.serviceCode = serviceCode;
        escalation.projectId = project.projectId();
        escalation.projectName = project.name();
        escalation.subject = subject;
        escalation.status = Status.PENDING;
        escalation.requestedBy = requestedBy;
        escalation.requestedAt = now;
        escalation.updatedAt = now;
        return escalation;
    }

    /** Dooray created the task, which starts in its project's {@code registered} workflow. */
    public void opened(String newTaskId, Instant at) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("escalation " + id + " is " + status + ", not PENDING");
        }
        taskId = newTaskId;
        workflowClass = "registered";
        status = Status.OPEN;
        updatedAt = at;
        lastSyncedAt = at;
    }

    /** Dooray made no task (or ticket-service refused the move: then Dooray's side is told by a comment). */
    public void failed(String reason, boolean tellDooray, Instant at) {
        failure = reason;
        status = Status.FAILED;
        noticePending = tellDooray && taskId != null;
        updatedAt = at;
    }

    /**
     * Takes the task's workflow class; returns whether it changed. Closing answers the escalation; ANSWERED and
     * FAILED stay as they are, whatever the task does later.
     */
    public boolean workflowChanged(String newClass, Instant at) {
        if (taskId == null || newClass.equals(workflowClass)) {
            return false;
        }
        workflowClass = newClass;
        if (status == Status.OPEN && CLOSED.equals(newClass)) {
            status = Status.ANSWERED;
        }
        updatedAt = at;
        return true;
    }

    public void synced(Instant at) {
        lastSyncedAt = at;
    }

    public void noticePosted() {
        noticePending = false;
    }

    /** Whether operators may still comment on the task: it exists and is not closed. */
    public boolean takesComments() {
        return status == Status.OPEN;
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String projectId() {
        return projectId;
    }

    public String projectName() {
        return projectName;
    }

    public Optional<String> taskId() {
        return Optional.ofNullable(taskId);
    }

    public String subject() {
        return subject;
    }

    public String workflowClass() {
        return workflowClass;
    }

    public Status status() {
        return status;
    }

    public String failure() {
        return failure;
    }

    public boolean noticePending() {
        return noticePending;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant lastSyncedAt() {
        return lastSyncedAt;
    }
}
