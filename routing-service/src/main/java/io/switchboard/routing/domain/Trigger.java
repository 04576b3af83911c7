package io.switchboard.routing.domain;

import io.switchboard.platform.calendar.ServiceCalendar;
import io.switchboard.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A routing rule of one service: conditions → results, evaluated in position order on ticket
 * creation and, when {@code runOnUpdate}, on updates. Every change makes a new version.
 */
@Entity
@Table(name = "trigger_rule")
public class Trigger {

    /** A trigger's verdict on one ticket, with each condition's value and result. */
    public record Evaluation(boolean matched, List<Condition.Result> conditions) {
    }

    @Id
    private UUID id;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean enabled;

    @Column(nullable = false)
    private int version;

    @Column(name = "run_on_update", nullable = false)
    private boolean runOnUpdate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Condition> conditions;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Results results;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Trigger() {
    }

    /** A new trigger at the given position; its first version is {@link #currentVersion()}. */
    public Trigger(UUID id, String serviceCode, int position, TriggerDefinition definition, String by, Instant at) {
        this.id = id;
        this.serviceCode = serviceCode;
        this.position = position;
        apply(definition, by, at);
    }

    /** A draft for dry-runs: version 0, never stored. */
    public static Trigger draft(String serviceCode, TriggerDefinition definition) {
        Trigger trigger = new Trigger(new UUID(0, 0), serviceCode, 0, definition, "draft", Instant.EPOCH);
        trigger.version = 0;
        return trigger;
    }

    /**
     * Saves a new version of the definition.
     *
     * @param expectedVersion the version the admin edited; another means someone changed it meanwhile
     */
    public TriggerVersion revise(int expectedVersion, TriggerDefinition definition, String by, Instant at) {
        if (expectedVersion != version) {
            throw new ProblemException.Conflict("Trigger '" + title + "' is at version " + version
                    + ", not " + expectedVersion + ": reload it and apply your change again.");
        }
        apply(definition, by, at);
        return currentVersion();
    }

    /** The current definition as the version record that keeps it. */
    public TriggerVersion currentVersion() {
        return new TriggerVersion(id, version, serviceCode, definition(), updatedBy, updatedAt);
    }

    private void apply(TriggerDefinition definition, String by, Instant at) {
        this.title = definition.title();
        this.description = definition.description();
        this.enabled = definition.enabled();
        this.runOnUpdate = definition.runOnUpdate();
        this.conditions = definition.conditions();
        this.results = definition.results();
        this.version++;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Deleting is allowed only for disabled triggers, so a live rule is never removed by accident. */
    public void checkDeletable() {
        if (enabled) {
            throw new ProblemException.Conflict("Trigger '" + title + "' is enabled: disable it before deleting it.");
        }
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Evaluation evaluate(TicketFacts ticket, ServiceCalendar calendar) {
        List<Condition.Result> results = new ArrayList<>();
        boolean requiredHold = true;
        boolean anyOptional = false;
        boolean optionalHolds = false;
        for (Condition condition : conditions) {
            Condition.Result result = condition.evaluate(ticket, calendar);
            results.add(result);
            if (condition.required()) {
                requiredHold &= result.holds();
            } else {
                anyOptional = true;
                optionalHolds |= result.holds();
            }
        }
        return new Evaluation(requiredHold && (!anyOptional || optionalHolds), List.copyOf(results));
    }

    public TriggerDefinition definition() {
        return new TriggerDefinition(title, description, enabled, runOnUpdate, conditions, results);
    }

    public UUID id() {
        return id;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
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

    public boolean runOnUpdate() {
        return runOnUpdate;
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public Results results() {
        return results;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
