package io.switchboard.routing.domain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Routing's copy of a ticket, kept from ticket events: what on-update triggers and dry-runs
 * evaluate, and (status + assignee) the open-ticket counts of least-loaded assignment.
 */
@Entity
@Table(name = "ticket_copy")
public class TicketCopy {

    /** Statuses that count towards an operator's load. */
    public static final Set<String> OPEN = Set.of("IN_PROGRESS", "ON_HOLD");

    @Id
    @Column(name = "ticket_id")
    private UUID ticketId;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String content;

    private String channel;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private String priority;

    private String language;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "inquiry_type_path", nullable = false)
    private List<UUID> inquiryTypePath;

    @Column(name = "processing_type_id")
    private UUID processingTypeId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> tags;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<String, JsonNode> fields;

    @Column(name = "customer_email")
    private String customerEmail;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "customer_phone")
    private String customerPhone;

    @Column(name = "group_id")
    private UUID groupId;

    private String assignee;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TicketCopy() {
    }

    public TicketCopy(UUID ticketId, String serviceCode, String number, String title, String status, Instant at) {
        this.ticketId = ticketId;
        this.serviceCode = serviceCode;
        this.number = number;
        this.title = title;
        this.content = "";
        this.status = status;
        this.priority = "NORMAL";
        this.inquiryTypePath = List.of();
        this.tags = List.of();
        this.fields = Map.of();
        this.updatedAt = at;
    }

    /** A new ticket, as TicketCreated describes it. */
    public static TicketCopy of(TicketFacts facts, Instant at) {
        TicketCopy copy = new TicketCopy(facts.ticketId(), facts.serviceCode(), facts.number(), facts.title(),
                facts.status(), at);
        copy.content = facts.content() == null ? "" : facts.content();
        copy.channel = facts.channel();
        copy.customerEmail = facts.customer().email();
        copy.customerName = facts.customer().name();
        copy.customerPhone = facts.customer().phone();
        copy.createdAt = facts.createdAt();
        copy.updateAttributes(facts, at);
        return copy;
    }

    /** The attributes TicketUpdated carries (it has no content, channel, customer or creation time). */
    public void updateAttributes(TicketFacts facts, Instant at) {
        this.title = facts.title();
        this.status = facts.status();
        this.priority = facts.priority() == null ? "NORMAL" : facts.priority();
        this.language = facts.language();
        this.inquiryTypePath = facts.inquiryTypePath();
        this.processingTypeId = facts.processingTypeId();
        this.tags = facts.tags();
        this.fields = facts.fields();
        this.groupId = facts.groupId();
        this.assignee = facts.assignee();
        this.updatedAt = at;
    }

    /** Assigned by a decision of this service (counted at once) or by ticket-service (TicketAssigned). */
    public void assign(UUID groupId, String assignee, Instant at) {
        this.groupId = groupId;
        this.assignee = assignee;
        this.status = "IN_PROGRESS";
        this.updatedAt = at;
    }

    public void changeStatus(String status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }

    public TicketFacts facts() {
        return new TicketFacts(ticketId, number, serviceCode, title, content, channel, status, priority, language,
                inquiryTypePath, processingTypeId, tags, fields,
                new TicketFacts.Customer(customerEmail, customerName, customerPhone), groupId, assignee, createdAt);
    }

    public UUID ticketId() {
        return ticketId;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String status() {
        return status;
    }

    public String assignee() {
        return assignee;
    }
}
