package io.switchboard.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** An operator of a group as routing sees them (from GroupMembershipChanged): join order, toggle, address. */
@Entity
@Table(name = "group_member")
@IdClass(GroupMember.Key.class)
public class GroupMember {

    public record Key(UUID groupId, String username) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "group_id")
    private UUID groupId;

    @Id
    private String username;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "assignment_enabled", nullable = false)
    private boolean assignmentEnabled;

    @Column(name = "display_name")
    private String displayName;

    private String email;

    protected GroupMember() {
    }

    public GroupMember(UUID groupId, String username, Instant joinedAt, boolean assignmentEnabled, String displayName,
                       String email) {
        this.groupId = groupId;
        this.username = username;
        this.joinedAt = joinedAt;
        this.assignmentEnabled = assignmentEnabled;
        this.displayName = displayName;
        this.email = email;
    }

    public UUID groupId() {
        return groupId;
    }

    public String username() {
        return username;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public boolean assignmentEnabled() {
        return assignmentEnabled;
    }

    public String displayName() {
        return displayName;
    }

    /** The display name, or the user name when there is none. */
    public String name() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }

    public String email() {
        return email;
    }
}
