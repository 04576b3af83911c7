package io.switchboard.escalation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An issue-management escalation of one ticket (이슈관리 이관 / 課題管理移管): requested here, carried out by
 * ticket-service. REQUESTED → OPEN (the issue ticket exists) → ANSWERED (it was held, resolved or internally
 * resolved; a later answer replaces the earlier one), or REQUESTED → REFUSED (ticket-service wrote nothing).
 */
@Entity
@Table(name = "escalation")
public class Escalation {

    public enum Status { REQUESTED, OPEN, ANSWERED, REFUSED }

    /** The issue ticket's answer as posted on the source ticket. */
    public record Answer(String action, String content, String format, String answeredBy, Instant answeredAt) {
    }

    @Id
    private UUID id;

    @Column(name = "source_ticket_id", nullable = false)
    private UUID sourceTicketId;

    @Column(name = "source_number", nullable = false)
    private String sourceNumber;

    @Column(name = "source_service_code", nullable = false)
    private String sourceServiceCode;

    @Column(name = "target_service_code", nullable = false)
    private String targetServiceCode;

    @Column(name = "inquiry_type_id")
    private UUID inquiryTypeId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, Object> fields = new HashMap<>();

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "issue_ticket_id")
    private UUID issueTicketId;

    @Column(name = "issue_number")
    private String issueNumber;

    private String refusal;

    @Column(name = "answer_action")
    private String answerAction;

    @Column(name = "answer_content")
    private String answerContent;

    @Column(name = "answer_format")
    private String answerFormat;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Escalation() {
    }

    public static Escalation request(TicketSnapshot source, String targetServiceCode, UUID inquiryTypeId,
                                     Map<String, Object> fields, String title, String content, String requestedBy,
                                     Instant now) {
        Escalation escalation = new Escalation();
        escalation.id = UUID.randomUUID();
        escalation.sourceTicketId = source.ticketId();
        escalation.sourceNumber = source.number();
        escalation.sourceServiceCode = source.serviceCode();
        escalation.targetServiceCode = targetServiceCode;
        escalation.inquiryTypeId = inquiryTypeId;
        escalation.fields = fields == null ? new HashMap<>() : new HashMap<>(fields);
        escalation.title = title;
        escalation.content = content;
        escalation.status = Status.REQUESTED;
        escalation.requestedBy = requestedBy;
        escalation.requestedAt = now;
        escalation.updatedAt = now;
        return escalation;
    }

    /** ticket-service opened the issue ticket; a repeated report changes nothing. */
    public void opened(UUID issueTicketId, String issueNumber, Instant at) {
        if (status != Status.REQUESTED) {
            return;
        }
        this.issueTicketId = issueTicketId;
        this.issueNumber = issueNumber;
        status = Status.OPEN;
        updatedAt = at;
    }

    public void refused(String reason, Instant at) {
        if (status != Status.REQUESTED) {
            return;
        }
        refusal = reason;
        status = Status.REFUSED;
        updatedAt = at;
    }

    /** The issue ticket answered; the newest answer is kept (held first, resolved later). */
    public void answered(Answer answer) {
        if (status != Status.OPEN && status != Status.ANSWERED
                || answeredAt != null && answer.answeredAt().isBefore(answeredAt)) {
            return;
        }
        answerAction = answer.action();
        answerContent = answer.content();
        answerFormat = answer.format();
        answeredBy = answer.answeredBy();
        answeredAt = answer.answeredAt();
        status = Status.ANSWERED;
        updatedAt = answer.answeredAt();
    }

    public Answer answer() {
        return answeredAt == null ? null : new Answer(answerAction, answerContent, answerFormat, answeredBy, answeredAt);
    }

    public UUID id() {
        return id;
    }

    public UUID sourceTicketId() {
        return sourceTicketId;
    }

    public String sourceNumber() {
        return sourceNumber;
    }

    public String sourceServiceCode() {
        return sourceServiceCode;
    }

    public String targetServiceCode() {
        return targetServiceCode;
    }

    public UUID inquiryTypeId() {
        return inquiryTypeId;
    }

    public Map<String, Object> fields() {
        return Map.copyOf(fields);
    }

    public String title() {
        return title;
    }

    public String content() {
        return content;
    }

    public Status status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public UUID issueTicketId() {
        return issueTicketId;
    }

    public String issueNumber() {
        return issueNumber;
    }

    public String refusal() {
        return refusal;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
