package io.switchboard.ticket.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An operator in a group; the join time orders round-robin assignment. */
@Entity
@Table(name = "group_member")
public class GroupMember {

    @Id
    private UUID id;

    @Column(name = "group_id", nullable = false)
    private UUID groupId;

    @Column(nullable = false)
    private String username;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected GroupMember() {
    }

    public GroupMember(UUID groupId, String username, Instant joinedAt) {
        this.id = UUID.randomUUID();
        this.groupId = groupId;
        this.username = username;
        this.joinedAt = joinedAt;
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
}
