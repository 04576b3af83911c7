package io.switchboard.notification.inbound.domain;

import io.switchboard.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** One mail read from a service's mailbox, and what became of it. */
@Entity
@Table(name = "inbound_mail")
public class InboundMail {

    /** What became of a mail. */
    public enum Status {
        /** Published as MailReceived: a new ticket or a re-inquiry. */
        IMPORTED,
        /** An auto-reply, bounce or loop: never a ticket. */
        IGNORED,
        /** The same mail was imported before. */
        DUPLICATE,
        /** Unreadable or too large: kept for an admin. */
        QUARANTINED,
        /** Quarantined, then released by an admin as a ticket. */
        RELEASED
    }

    private static final int MAX_DETAIL = 1000;
    private static final int MAX_ADDRESS = 320;

    @Id
    private UUID id;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(name = "account_id")
    private UUID accountId;

    @Column(nullable = false)
    private String mailbox;

    private Long uid;

    @Column(name = "message_id")
    private String messageId;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "from_address")
    private String fromAddress;

    private String subject;

    @Column(nullable = false)
    private long size;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String reason;

    private String detail;

    private byte[] raw;

    private String headers;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected InboundMail() {
    }

    /** Where a mail came from: the service, the account and folder position, its size. */
    public record Source(String serviceCode, UUID accountId, String mailbox, Long uid, long size) {
    }

    private InboundMail(Source source, Status status, Instant now) {
        this.id = UUID.randomUUID();
        this.serviceCode = source.serviceCode();
        this.accountId = source.accountId();
        this.mailbox = source.mailbox();
        this.uid = source.uid();
        this.size = source.size();
        this.status = status;
        this.receivedAt = now.truncatedTo(ChronoUnit.MICROS);
    }

    public static InboundMail imported(Source source, ParsedMail mail, Instant now) {
        return parsed(source, mail, Status.IMPORTED, null, null, now);
    }

    public static InboundMail ignored(Source source, ParsedMail mail, Instant now) {
        return parsed(source, mail, Status.IGNORED, "AUTO_REPLY", mail.autoReply().orElse(null), now);
    }

    public static InboundMail duplicate(Source source, ParsedMail mail, Instant now) {
        return parsed(source, mail, Status.DUPLICATE, "DUPLICATE",
                mail.messageId() != null ? "Message-ID " + mail.messageId() + " was imported before"
                        : "the same mail was imported before", now);
    }

    private static InboundMail parsed(Source source, ParsedMail parsed, Status status, String reason, String detail,
                                      Instant now) {
        InboundMail mail = new InboundMail(source, status, now);
        mail.messageId = Storable.text(parsed.messageId());
        mail.contentHash = parsed.messageId() == null ? parsed.contentHash() : null;
        mail.fromAddress = truncate(Storable.text(parsed.from().address()), MAX_ADDRESS);
        mail.subject = Storable.text(parsed.subject());
        mail.reason = reason;
        mail.detail = truncate(Storable.text(detail), MAX_DETAIL);
        return mail;
    }

    /**
     * Kept for an admin with why it could not be read; {@code raw} is null for a mail too large to keep, whose
     * headers alone are kept.
     */
    public static InboundMail quarantined(Source source, String reason, String detail, byte[] raw, String headers,
                                          String fromAddress, String subject, Instant now) {
        InboundMail mail = new InboundMail(source, Status.QUARANTINED, now);
        mail.reason = reason;
        mail.detail = truncate(Storable.text(detail), MAX_DETAIL);
        mail.raw = raw;
        mail.headers = Storable.text(headers);
        mail.fromAddress = truncate(Storable.text(fromAddress), MAX_ADDRESS);
        mail.subject = Storable.text(subject);
        return mail;
    }

    /** An admin releases a quarantined mail as a ticket; only once. */
    public void release() {
        if (status != Status.QUARANTINED) {
            throw new ProblemException.Conflict("Mail " + id + " is " + status + "; only quarantined mail can be released.");
        }
        if (fromAddress == null) {
            throw new ProblemException.Conflict("Mail " + id + " names no sender, so there is no customer to make a ticket for.");
        }
        status = Status.RELEASED;
        raw = null;
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public UUID id() {
        return id;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public UUID accountId() {
        return accountId;
    }

    public String mailbox() {
        return mailbox;
    }

    public String messageId() {
        return messageId;
    }

    public String fromAddress() {
        return fromAddress;
    }

    public String subject() {
        return subject;
    }

    public long size() {
        return size;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    public byte[] raw() {
        return raw;
    }

    public String headers() {
        return headers;
    }

    public Instant receivedAt() {
        return receivedAt;
    }
}
