package io.switchboard.notification.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What this service knows of a ticket from ticket-service's events, to render its replies and previews:
 * number, title, language and customer. Each event carrying newer values replaces them.
 */
@Entity
@Table(name = "ticket_copy")
public class TicketCopy {

    @Id
    @Column(name = "ticket_id")
    private UUID ticketId;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    private String language;

    @Column(name = "customer_email")
    private String customerEmail;

    @Column(name = "customer_name")
    private String customerName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TicketCopy() {
    }

    public TicketCopy(UUID ticketId, String serviceCode, String number, String title, Instant changedAt) {
        this.ticketId = ticketId;
        this.serviceCode = serviceCode;
        this.number = number;
        this.title = title;
        this.changedAt = changedAt;
    }

    /** Takes the title and language of an event at {@code at}; an older event than the copy changes nothing. */
    public void update(String newTitle, String newLanguage, Instant at) {
        if (at.isBefore(changedAt)) {
            return;
        }
        title = newTitle == null ? title : newTitle;
        language = newLanguage;
        changedAt = at;
    }

    /** The customer's address and name; ticket-service keeps one customer per ticket. */
    public void customer(String email, String name) {
        if (email != null) {
            customerEmail = email;
            customerName = name;
        }
    }

    public UUID ticketId() {
        return ticketId;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String language() {
        return language;
    }

    public String customerEmail() {
        return customerEmail;
    }

    public String customerName() {
        return customerName;
    }
}
