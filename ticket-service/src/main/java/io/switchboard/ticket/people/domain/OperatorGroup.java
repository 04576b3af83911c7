package io.switchboard.ticket.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An operator group of one service; tickets are routed to groups and operators in them. */
@Entity
@Table(name = "operator_group")
public class OperatorGroup {

    @Id
    private UUID id;

    @Column(name = "workspace_code", nullable = false)
    private String workspaceCode;

    @Column(nullable = false)
    private String name;

    protected OperatorGroup() {
    }

    public OperatorGroup(String workspaceCode, String name) {
        this.id = UUID.randomUUID();
        this.workspaceCode = workspaceCode;
        rename(name);
    }

    public void rename(String name) {
        this.name = name.strip();
    }

    public UUID id() {
        return id;
    }

    public String workspaceCode() {
        return workspaceCode;
    }

    public String name() {
        return name;
    }
}
