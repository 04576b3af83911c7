package io.switchboard.ticket.customer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer of one service, found again by e-mail (or phone for phone inquiries) so their inquiry history
 * can be shown. Rows are inserted by the repository ({@code INSERT ... ON CONFLICT}), never by persist.
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    private UUID id;

    @Column(name = "workspace_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private long number;

    private String name;

    private String email;

    private String phone;

    @Column(name = "login_id")
    private String loginId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Customer() {
    }

    /** Fills in what was unknown so far; never overwrites what the customer gave before. */
    public void complete(Contact contact) {
        if (name == null) {
            name = contact.name();
        }
        if (phone == null) {
            phone = contact.phone();
        }
        if (loginId == null) {
            loginId = contact.loginId();
        }
    }

    /** The unique number shown to operators, e.g. {@code C-000123}. */
    public String displayNumber() {
        return "C-%06d".formatted(number);
    }

    public UUID id() {
        return id;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public long number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String loginId() {
        return loginId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
