package io.switchboard.ticket.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who works tickets, known by the Keycloak user name; provisioned from the token on first use. */
@Entity
@Table(name = "operator")
public class Operator {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    protected Operator() {
    }

    public Operator(String username, String displayName, String email) {
        this.username = username;
        this.displayName = displayName == null || displayName.isBlank() ? username : displayName;
        this.email = email;
    }

    /** Keeps name and e-mail in step with the identity provider. */
    public void refresh(String displayName, String email) {
        if (displayName != null && !displayName.isBlank()) {
            this.displayName = displayName;
        }
        if (email != null && !email.isBlank()) {
            this.email = email;
        }
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }
}
