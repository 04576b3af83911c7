package io.switchboard.ticket.people.domain;

import io.switchboard.platform.problem.ProblemException;
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

    @Column(name = "may_change_own_assignment", nullable = false)
    private boolean mayChangeOwnAssignment;

    protected Membership() {
    }

    /** The permissions an admin grants; {@code assignmentEnabled} off means no tickets are routed to the operator. */
    public record Permissions(Role role, boolean mayForward, boolean assignmentEnabled,
                              boolean mayChangeOwnAssignment) {
        public Permissions {
            if (role == null) {
                throw new ProblemException.Invalid("role", "must be ADMIN or OPERATOR");
            }
        }
    }

    public Membership(String workspaceCode, String username, Permissions permissions) {
        this.id = UUID.randomUUID();
        this.workspaceCode = workspaceCode;
        this.username = username;
        grant(permissions);
    }

    /** Replaces role and permissions. */
    public void grant(Permissions permissions) {
        this.role = permissions.role();
        this.mayForward = permissions.mayForward();
        this.assignmentEnabled = permissions.assignmentEnabled();
        this.mayChangeOwnAssignment = permissions.mayChangeOwnAssignment();
    }

    /** The operator's own switch: allowed only when an admin granted it. */
    public void changeOwnAssignment(boolean enabled) {
        if (!mayChangeOwnAssignment) {
            throw new ProblemException.Forbidden("You may not change your own ticket assignment in " + workspaceCode
                    + "; ask a service admin.");
        }
        this.assignmentEnabled = enabled;
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

    /** The forward permission as granted, without the implicit one of admins. */
    public boolean forwardGranted() {
        return mayForward;
    }

    public boolean mayChangeOwnAssignment() {
        return mayChangeOwnAssignment;
    }

    /** Off: the operator can neither be assigned nor forwarded tickets. */
    public boolean assignmentEnabled() {
        return assignmentEnabled;
    }
}
