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

    /** Keeps name and e-mail in step with the identity provider; true when either changed. */
    public boolean refresh(String displayName, String email) {
        boolean changed = false;
        if (displayName != null && !displayName.isBlank() && !displayName.equals(this.displayName)) {
            this.displayName = displayName;
            changed = true;
        }
        if (email != null && !email.isBlank() && !email.equals(this.email)) {
            this.email = email;
            changed = true;
        }
        return changed;
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
