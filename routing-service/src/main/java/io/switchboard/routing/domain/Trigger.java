package io.switchboard.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A routing rule of one service: conditions → results, evaluated in position order. */
@Entity
@Table(name = "trigger_rule")
public class Trigger {

    /** A trigger's verdict on one ticket, with each condition's value and result. */
    public record Evaluation(Trigger trigger, boolean matched, List<Condition.Result> conditions) {
    }

    @Id
    private UUID id;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Condition> conditions;

    @Column(name = "assign_group")
    private UUID assignGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "assign_mode")
    private AssignMode assignMode;

    protected Trigger() {
    }

    public Trigger(UUID id, String serviceCode, String name, int position, List<Condition> conditions,
                   UUID assignGroup, AssignMode assignMode) {
        this.id = id;
        this.serviceCode = serviceCode;
        this.name = name;
        this.position = position;
        this.enabled = true;
        this.version = 1;
        this.conditions = List.copyOf(conditions);
        this.assignGroup = assignGroup;
        this.assignMode = assignMode;
    }

    public Evaluation evaluate(TicketFacts ticket) {
        List<Condition.Result> results = new ArrayList<>();
        boolean requiredHold = true;
        boolean anyOptional = false;
        boolean optionalHolds = false;
        for (Condition condition : conditions) {
            Condition.Result result = condition.evaluate(ticket);
            results.add(result);
            if (condition.required()) {
                requiredHold &= result.holds();
            } else {
                anyOptional = true;
                optionalHolds |= result.holds();
            }
        }
        return new Evaluation(this, requiredHold && (!anyOptional || optionalHolds), List.copyOf(results));
    }

    public boolean assigns() {
        return assignGroup != null && assignMode != null;
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

    public int position() {
        return position;
    }

    public boolean enabled() {
        return enabled;
    }

    public int version() {
        return version;
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public UUID assignGroup() {
        return assignGroup;
    }

    public AssignMode assignMode() {
        return assignMode;
    }
}
