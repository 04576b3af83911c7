package io.switchboard.notification.domain;

import io.switchboard.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One entry of the delivery log — a mail or an HTTP POST — from queued to sent (delivered), failed (dead
 * letter) or skipped.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    private static final int MAX_ERROR_LENGTH = 1000;
    private static final int MAX_SUBJECT_LENGTH = 400;
    private static final int MAX_TRIGGER_NAME_LENGTH = 200;
    private static final int MAX_URL_LENGTH = 2000;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,<>]+@[^@\\s,<>]+");
    private static final String RECIPIENT_SEPARATOR = ", ";

    @Id
    private UUID id;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Column(name = "ticket_id", nullable = false)
    private UUID ticketId;

    @Column(name = "service_code")
    private String serviceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryKind kind;

    @Column(name = "trigger_name")
    private String triggerName;

    private String recipient;

    private String subject;

    @Column(name = "text_body")
    private String textBody;

    @Column(name = "html_body")
    private String htmlBody;

    private String url;

    @Column(name = "request_body")
    private String requestBody;

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

    @Column(name = "ticket_message_id")
    private UUID ticketMessageId;

    private String sender;

    @Column(name = "mail_message_id")
    private String mailMessageId;

    @Column(name = "in_reply_to")
    private String inReplyTo;

    @Column(name = "mail_references")
    private String references;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<AttachmentRef> attachments;

    protected Delivery() {
    }

    private Delivery(UUID id, UUID eventId, UUID ticketId, String serviceCode, DeliveryKind kind, Instant now) {
        this.id = id;
        this.eventId = eventId;
        this.ticketId = ticketId;
        this.serviceCode = serviceCode;
        this.kind = kind;
        // the database keeps microseconds; the list cursor must see what the database sees
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    /** Queued for the sender, or SKIPPED at once when the assignee has no e-mail address. */
    public static Delivery assignmentNotice(UUID eventId, String serviceCode, AssignmentNotice notice, Instant now) {
        Delivery delivery = new Delivery(UUID.randomUUID(), eventId, notice.ticketId(), serviceCode,
                DeliveryKind.ASSIGNMENT_NOTICE, now);
        delivery.subject = truncate(notice.subject(), MAX_SUBJECT_LENGTH);
        delivery.textBody = notice.text();
        delivery.htmlBody = notice.html();
        if (notice.deliverable()) {
            delivery.recipient = notice.assigneeEmail();
            delivery.queue(now);
        } else {
            delivery.skip("the assignee " + notice.assigneeName() + " has no e-mail address");
        }
        return delivery;
    }

    /** An SLA warning or breach mailed to the ticket's assignee; the event's id is its own, so one event is one mail. */
    public static Delivery slaNotice(UUID eventId, String serviceCode, SlaNotice notice, Instant now) {
        Delivery delivery = new Delivery(eventId, eventId, notice.ticketId(), serviceCode, DeliveryKind.SLA_NOTICE, now);
        delivery.subject = truncate(notice.subject(), MAX_SUBJECT_LENGTH);
        delivery.textBody = notice.text();
        delivery.htmlBody = notice.html();
        if (notice.assignee().mailable()) {
            delivery.recipient = notice.assignee().email();
            delivery.queue(now);
        } else {
            delivery.skip("the assignee " + notice.assignee().username() + " has no e-mail address");
        }
        return delivery;
    }

    /**
     * A reply mailed to the customer, with the reply's id as its own, so one reply is one mail; SKIPPED when
     * the customer has no valid address.
     */
    public static Delivery customerReply(CustomerReply reply, Instant now) {
        Delivery delivery = new Delivery(reply.ticketMessageId(), reply.eventId(), reply.ticketId(),
                reply.serviceCode(), DeliveryKind.CUSTOMER_REPLY, now);
        delivery.ticketMessageId = reply.ticketMessageId();
        delivery.sender = reply.from();
        delivery.subject = truncate(reply.subject(), MAX_SUBJECT_LENGTH);
        delivery.htmlBody = reply.html();
        delivery.textBody = reply.text();
        delivery.mailMessageId = reply.mailMessageId();
        delivery.inReplyTo = reply.inReplyTo();
        delivery.references = reply.references().isEmpty() ? null : String.join(" ", reply.references());
        delivery.attachments = List.copyOf(reply.attachments());
        delivery.recipient = reply.to();
        if (reply.to() != null && ADDRESS.matcher(reply.to()).matches()) {
            delivery.queue(now);
        } else {
            delivery.skip("the customer has no valid e-mail address" + (reply.to() == null ? "" : ": '" + reply.to() + "'"));
        }
        return delivery;
    }

    /**
     * A delivery a routing decision asked for, with routing's id as its own. Queued, or SKIPPED with the
     * reason when it can never be performed: no content for its kind, no valid address, a URL that is not
     * http(s), a callback without a service to sign for.
     */
    public static Delivery routed(Origin origin, DeliveryKind kind, Content content, Instant now) {
        Delivery delivery = new Delivery(origin.deliveryId(), origin.eventId(), origin.ticketId(),
                origin.serviceCode(), kind, now);
        delivery.triggerName = truncate(origin.triggerName(), MAX_TRIGGER_NAME_LENGTH);
        String problem = kind.byMail() ? delivery.mail(content) : delivery.post(content);
        if (problem == null) {
            delivery.queue(now);
        } else {
            delivery.skip(problem);
        }
        return delivery;
    }

    private String mail(Content content) {
        if (!(content instanceof Content.Mail mail) || mail.subject() == null || mail.body() == null) {
            return kind + " without a mail to send";
        }
        subject = truncate(mail.subject(), MAX_SUBJECT_LENGTH);
        if (mail.html()) {
            htmlBody = mail.body();
        } else {
            textBody = mail.body();
        }
        recipient = String.join(RECIPIENT_SEPARATOR, mail.to());
        if (mail.to().isEmpty()) {
            return "no recipient";
        }
        return mail.to().stream().filter(to -> to == null || !ADDRESS.matcher(to).matches()).findFirst()
                .map(bad -> "'" + bad + "' is not an e-mail address").orElse(null);
    }

    private String post(Content content) {
        if (!(content instanceof Content.Post post) || post.url() == null || post.body() == null) {
            return kind + " without a URL and a body";
        }
        requestBody = post.body();
        if (post.url().length() > MAX_URL_LENGTH) {
            return "the URL is longer than " + MAX_URL_LENGTH + " characters";
        }
        url = post.url();
        if (!isHttp(url)) {
            return "only http and https URLs with a host are delivered: " + url;
        }
        if (kind == DeliveryKind.CALLBACK && serviceCode == null) {
            return "the decision names no service, so there is no secret to sign the callback with";
        }
        return null;
    }

    private static boolean isHttp(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void queue(Instant now) {
        status = DeliveryStatus.QUEUED;
        nextAttemptAt = now;
    }

    private void skip(String reason) {
        status = DeliveryStatus.SKIPPED;
        lastError = truncate(reason, MAX_ERROR_LENGTH);
    }

    /**
     * Hands the delivery to one sender: the row stays QUEUED but is not due again before {@code until}, so no
     * other sender takes it meanwhile, and a sender that dies mid-send leaves it to be retried.
     */
    public Outgoing claim(Instant until, String messageIdDomain) {
        nextAttemptAt = until;
        if (kind.byMail()) {
            return new Outgoing.Mail(id, kind, ticketId, sender, recipients(), subject, textBody, htmlBody,
                    mailMessageId(messageIdDomain), inReplyTo,
                    references == null ? List.of() : Arrays.asList(references.split(" ")),
                    attachments == null ? List.of() : attachments);
        }
        return new Outgoing.Post(id, kind, serviceCode, url, requestBody);
    }

    /** Our {@code Message-ID} of a mail: stable, so a resend after a crash is recognisable as the same mail. */
    public String mailMessageId(String messageIdDomain) {
        return mailMessageId != null ? mailMessageId : "<" + id + "@" + messageIdDomain + ">";
    }

    public List<String> recipients() {
        return recipient == null ? List.of() : Arrays.asList(recipient.split(RECIPIENT_SEPARATOR));
    }

    /**
     * Records one attempt: SENT when delivered; otherwise the next attempt after the backoff (or the other
     * side's Retry-After, if longer), or FAILED — a dead letter — once the attempts are used up or the
     * failure is permanent. Returns the attempt for the log.
     */
    public DeliveryAttempt record(AttemptResult result, Instant now, Backoff backoff) {
        if (result.verdict() == AttemptResult.Verdict.DELIVERED) {
            status = DeliveryStatus.SENT;
            sentAt = now;
            nextAttemptAt = null;
            return new DeliveryAttempt(id, result, null, DeliveryAttempt.Outcome.DELIVERED);
        }
        attempts++;
        String error = result.error() == null ? "unknown error" : truncate(result.error(), MAX_ERROR_LENGTH);
        lastError = error;
        if (result.verdict() == AttemptResult.Verdict.PERMANENT || backoff.exhausted(attempts)) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
            return new DeliveryAttempt(id, result, error, DeliveryAttempt.Outcome.FAILED);
        }
        Duration delay = backoff.delayAfter(attempts);
        if (result.retryAfter() != null && result.retryAfter().compareTo(delay) > 0) {
            delay = result.retryAfter();
        }
        nextAttemptAt = now.plus(delay);
        return new DeliveryAttempt(id, result, error, DeliveryAttempt.Outcome.RETRY);
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

    /**
     * The reply's message was masked in ticket-service: the delivery keeps only its masked rendering, so the log
     * and any later attempt hold what the ticket shows. A mail sent already went out as it was.
     */
    public void replaceMaskedReply(String html, String text) {
        if (kind != DeliveryKind.CUSTOMER_REPLY) {
            throw new IllegalStateException("Delivery " + id + " is a " + kind + ", not a reply");
        }
        htmlBody = html;
        textBody = text;
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
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

    public String serviceCode() {
        return serviceCode;
    }

    public DeliveryKind kind() {
        return kind;
    }

    public String triggerName() {
        return triggerName;
    }

    public String recipient() {
        return recipient;
    }

    public String url() {
        return url;
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

    public UUID ticketMessageId() {
        return ticketMessageId;
    }
}
