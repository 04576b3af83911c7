package io.switchboard.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A group of a service as routing knows it (from GroupMembershipChanged). */
@Entity
@Table(name = "operator_group")
public class OperatorGroup {

    @Id
    private UUID id;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected OperatorGroup() {
    }

    public OperatorGroup(UUID id, String serviceCode, String name, Instant changedAt) {
        this.id = id;
        this.serviceCode = serviceCode;
        this.name = name;
        this.changedAt = changedAt;
    }

    public void rename(String name, Instant changedAt) {
        this.name = name;
        this.changedAt = changedAt;
    }

    public UUID id() {
        return id;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String name() {
        return name;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
