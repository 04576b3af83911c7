package io.switchboard.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One saved version of a trigger, kept for good: decisions name the version they used. */
@Entity
@Table(name = "trigger_version")
@IdClass(TriggerVersion.Key.class)
public class TriggerVersion {

    public record Key(UUID triggerId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "trigger_id")
    private UUID triggerId;

    @Id
    private int version;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private TriggerDefinition definition;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TriggerVersion() {
    }

    TriggerVersion(UUID triggerId, int version, String serviceCode, TriggerDefinition definition, String changedBy,
                   Instant changedAt) {
        this.triggerId = triggerId;
        this.version = version;
        this.serviceCode = serviceCode;
        this.definition = definition;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public UUID triggerId() {
        return triggerId;
    }

    public int version() {
        return version;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public TriggerDefinition definition() {
        return definition;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
