package io.switchboard.notification.domain;

import io.switchboard.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One mail of the delivery log, from queued to sent, failed (dead letter) or skipped. */
@Entity
@Table(name = "mail_delivery")
public class MailDelivery {

    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    private UUID id;

    @Column(name = "event_id", nullable = false, unique = true)
    private UUID eventId;

    @Column(name = "ticket_id", nullable = false)
    private UUID ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryKind kind;

    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailDelivery() {
    }

    /** Queued for the sender, or SKIPPED at once when the assignee has no e-mail address. */
    public static MailDelivery of(UUID eventId, AssignmentNotice notice, Instant now) {
        MailDelivery delivery = new MailDelivery();
        delivery.id = UUID.randomUUID();
        delivery.eventId = eventId;
        delivery.ticketId = notice.ticketId();
        delivery.kind = DeliveryKind.ASSIGNMENT_NOTICE;
        delivery.subject = notice.subject();
        delivery.textBody = notice.text();
        delivery.htmlBody = notice.html();
        delivery.createdAt = now;
        if (notice.deliverable()) {
            delivery.recipient = notice.assigneeEmail();
            delivery.status = DeliveryStatus.QUEUED;
            delivery.nextAttemptAt = now;
        } else {
            delivery.status = DeliveryStatus.SKIPPED;
            delivery.lastError = "the assignee " + notice.assigneeName() + " has no e-mail address";
        }
        return delivery;
    }

    /**
     * Hands the mail to one sender: the row stays QUEUED but is not due again before {@code until}, so no
     * other sender takes it meanwhile, and a sender that dies mid-send leaves it to be retried.
     */
    public OutgoingMail claim(Instant until) {
        nextAttemptAt = until;
        return new OutgoingMail(id, recipient, subject, textBody, htmlBody, "<" + id + "@switchboard>");
    }

    public void sent(Instant now) {
        status = DeliveryStatus.SENT;
        sentAt = now;
        nextAttemptAt = null;
    }

    /** Schedules the next attempt with backoff, or gives up (FAILED) once the attempts are used up. */
    public void attemptFailed(String error, Instant now, Backoff backoff) {
        attempts++;
        lastError = error == null ? "unknown error"
                : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (backoff.exhausted(attempts)) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(backoff.delayAfter(attempts));
        }
    }

    /** An admin's retry of a dead letter: queued again with a fresh set of attempts. */
    public void requeue(Instant now) {
        if (status != DeliveryStatus.FAILED) {
            throw new ProblemException.Conflict(
                    "Delivery " + id + " is " + status + "; only FAILED deliveries can be retried.");
        }
        status = DeliveryStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public DeliveryKind kind() {
        return kind;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
