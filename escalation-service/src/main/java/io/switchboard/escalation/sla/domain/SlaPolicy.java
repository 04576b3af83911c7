package io.switchboard.escalation.sla.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One SLA policy of a service: which tickets it applies to, their targets per priority, and how clocks count. */
@Entity
@Table(name = "sla_policy")
public class SlaPolicy {

    @Id
    private UUID id;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<SlaCondition> conditions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Map<Priority, Targets> targets = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Hours hours;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pause_in", nullable = false)
    private List<String> pauseIn = new ArrayList<>();

    @Column(name = "warn_before_seconds")
    private Long warnBeforeSeconds;

    @Column(name = "raise_priority", nullable = false)
    private boolean raisePriority;

    @Column(name = "reassign_group_id")
    private UUID reassignGroupId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected SlaPolicy() {
    }

    public SlaPolicy(String serviceCode, int position, PolicyRules rules, String by, Instant at) {
        this.id = UUID.randomUUID();
        this.serviceCode = serviceCode;
        this.position = position;
        replace(rules, by, at);
    }

    public void replace(PolicyRules rules, String by, Instant at) {
        enabled = rules.enabled();
        name = rules.name();
        conditions = new ArrayList<>(rules.conditions());
        targets = new HashMap<>(rules.targets());
        hours = rules.hours();
        pauseIn = rules.pauseIn().stream().sorted().toList();
        warnBeforeSeconds = rules.warnBefore() == null ? null : rules.warnBefore().toSeconds();
        raisePriority = rules.onBreach().raisePriority();
        reassignGroupId = rules.onBreach().reassignGroupId();
        updatedBy = by;
        updatedAt = at;
    }

    public void moveTo(int newPosition, String by, Instant at) {
        if (position != newPosition) {
            position = newPosition;
            updatedBy = by;
            updatedAt = at;
        }
    }

    /** Whether it applies to the ticket when no policy before it does: enabled, and every condition holds. */
    public boolean matches(TicketFacts ticket) {
        return enabled && conditions.stream().allMatch(condition -> condition.matches(ticket));
    }

    /** The target of a metric at a priority; empty when it is not measured. */
    public Optional<Duration> target(Priority priority, Metric metric) {
        return Optional.ofNullable(targets.get(priority)).map(t -> t.of(metric));
    }

    public boolean pausesIn(String status) {
        return pauseIn.contains(status);
    }

    public PolicyRules rules() {
        return new PolicyRules(name, enabled, conditions, targets, hours, Set.copyOf(pauseIn), warnBefore(),
                onBreach());
    }

    public Duration warnBefore() {
        return warnBeforeSeconds == null ? null : Duration.ofSeconds(warnBeforeSeconds);
    }

    public OnBreach onBreach() {
        return new OnBreach(raisePriority, reassignGroupId);
    }

    public UUID id() {
        return id;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public Hours hours() {
        return hours;
    }

    public List<String> pauseIn() {
        return List.copyOf(pauseIn);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
