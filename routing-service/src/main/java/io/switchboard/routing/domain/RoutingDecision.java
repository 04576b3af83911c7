package io.switchboard.routing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The record of one evaluation of a ticket: what matched, who was considered, what was chosen and why. */
@Entity
@Table(name = "routing_decision")
public class RoutingDecision {

    public enum Outcome { ASSIGNED, UNASSIGNED }

    /** Each trigger's verdict with its conditions, and the candidates of the winning assignment. */
    public record Explanation(List<TriggerVerdict> triggers, List<Candidate> candidates) {
    }

    public record TriggerVerdict(UUID triggerId, String name, int version, boolean matched,
                                 List<Condition.Result> conditions) {
    }

    @Id
    private UUID id;

    @Column(name = "ticket_id", nullable = false)
    private UUID ticketId;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "trigger_id")
    private UUID triggerId;

    @Column(name = "trigger_name")
    private String triggerName;

    @Column(name = "trigger_version")
    private Integer triggerVersion;

    @Column(name = "group_id")
    private UUID groupId;

    private String assignee;

    @Column(nullable = false)
    private String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Explanation explanation;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected RoutingDecision() {
    }

    private RoutingDecision(TicketFacts ticket, Outcome outcome, Trigger trigger, String assignee, String reason,
                            Explanation explanation, Instant now) {
        this.id = UUID.randomUUID();
        this.ticketId = ticket.ticketId();
        this.serviceCode = ticket.serviceCode();
        this.outcome = outcome;
        if (trigger != null) {
            this.triggerId = trigger.id();
            this.triggerName = trigger.name();
            this.triggerVersion = trigger.version();
            this.groupId = trigger.assignGroup();
        }
        this.assignee = assignee;
        this.reason = reason;
        this.explanation = explanation;
        this.decidedAt = now;
    }

    /** Evaluates the service's enabled triggers in order; the last matching assigning trigger wins. */
    public static RoutingDecision decide(TicketFacts ticket, List<Trigger> triggersInOrder,
                                         java.util.function.Function<Trigger, Assignment.Choice> assign, Instant now) {
        List<TriggerVerdict> verdicts = new java.util.ArrayList<>();
        Trigger winner = null;
        for (Trigger trigger : triggersInOrder) {
            Trigger.Evaluation evaluation = trigger.evaluate(ticket);
            verdicts.add(new TriggerVerdict(trigger.id(), trigger.name(), trigger.version(), evaluation.matched(),
                    evaluation.conditions()));
            if (evaluation.matched() && trigger.assigns()) {
                winner = trigger;
            }
        }
        if (winner == null) {
            return new RoutingDecision(ticket, Outcome.UNASSIGNED, null, null,
                    triggersInOrder.isEmpty() ? "the service has no enabled triggers" : "no assigning trigger matched",
                    new Explanation(verdicts, List.of()), now);
        }
        Assignment.Choice choice = assign.apply(winner);
        Explanation explanation = new Explanation(verdicts, choice.candidates());
        Outcome outcome = choice.assignee().isPresent() ? Outcome.ASSIGNED : Outcome.UNASSIGNED;
        return new RoutingDecision(ticket, outcome, winner, choice.assignee().orElse(null), choice.reason(),
                explanation, now);
    }

    public UUID id() {
        return id;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public Outcome outcome() {
        return outcome;
    }

    public UUID triggerId() {
        return triggerId;
    }

    public String triggerName() {
        return triggerName;
    }

    public Integer triggerVersion() {
        return triggerVersion;
    }

    public UUID groupId() {
        return groupId;
    }

    public String assignee() {
        return assignee;
    }

    public String reason() {
        return reason;
    }

    public Explanation explanation() {
        return explanation;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
