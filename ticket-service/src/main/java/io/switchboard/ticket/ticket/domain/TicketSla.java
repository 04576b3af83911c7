package io.switchboard.ticket.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A ticket's SLA clocks (first response, next response, resolution) as escalation-service computes them from the
 * ticket's policy (PRODUCT.md §6); this service only shows them and carries out what a breach asks for.
 */
@Entity
@Table(name = "ticket_sla")
public class TicketSla {

    /** One measured target: its state, when it falls due (null while paused or once met) and whether it breached. */
    public record Clock(String metric, String state, String target, Instant dueAt, Instant warnAt, boolean breached) {
    }

    static final String RUNNING = "RUNNING";
    /** Past due and not met yet; a clock met late is MET with {@code breached}. */
    static final String BREACHED = "BREACHED";

    @Id
    @Column(name = "ticket_id")
    private UUID ticketId;

    @Column(name = "policy_id")
    private UUID policyId;

    @Column(name = "policy_name")
    private String policyName;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Clock> clocks = new ArrayList<>();

    @Column(name = "next_due_at")
    private Instant nextDueAt;

    @Column(name = "next_warn_at")
    private Instant nextWarnAt;

    @Column(nullable = false)
    private boolean overdue;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TicketSla() {
    }

    public TicketSla(UUID ticketId) {
        this.ticketId = Objects.requireNonNull(ticketId);
        this.changedAt = Instant.EPOCH;
    }

    /** Takes the complete state of a newer event; an older one changes nothing. Returns whether it applied. */
    public boolean replace(UUID policy, String name, List<Clock> newClocks, Instant at) {
        if (at.isBefore(changedAt)) {
            return false;
        }
        policyId = policy;
        policyName = name;
        clocks = List.copyOf(newClocks);
        nextDueAt = clocks.stream().map(Clock::dueAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
        nextWarnAt = clocks.stream().filter(c -> RUNNING.equals(c.state()) && !c.breached()).map(Clock::warnAt)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        overdue = clocks.stream().anyMatch(c -> BREACHED.equals(c.state()));
        changedAt = at;
        return true;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public UUID policyId() {
        return policyId;
    }

    public String policyName() {
        return policyName;
    }

    public List<Clock> clocks() {
        return clocks;
    }

    /** The earliest instant a running clock falls due; null when none runs. */
    public Instant nextDueAt() {
        return nextDueAt;
    }

    /** Whether a clock is past due and not met yet. */
    public boolean overdue() {
        return overdue;
    }
}
