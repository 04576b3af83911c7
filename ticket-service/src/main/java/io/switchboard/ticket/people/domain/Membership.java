package io.switchboard.ticket.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An operator's place in one service: role and permissions. */
@Entity
@Table(name = "membership")
public class Membership {

    public enum Role { ADMIN, OPERATOR }

    @Id
    private UUID id;

    @Column(name = "workspace_code", nullable = false)
    private String workspaceCode;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "may_forward", nullable = false)
    private boolean mayForward;

    @Column(name = "assignment_enabled", nullable = false)
    private boolean assignmentEnabled;

    protected Membership() {
    }

    public String workspaceCode() {
        return workspaceCode;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public boolean mayForward() {
        return mayForward || role == Role.ADMIN;
    }

    /** Off: the operator can neither be assigned nor forwarded tickets. */
    public boolean assignmentEnabled() {
        return assignmentEnabled;
    }
}
