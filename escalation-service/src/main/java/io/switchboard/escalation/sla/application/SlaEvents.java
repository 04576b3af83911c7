package io.switchboard.escalation.sla.application;

import io.switchboard.escalation.sla.domain.ClockState;
import io.switchboard.escalation.sla.domain.Metric;
import io.switchboard.escalation.sla.domain.OnBreach;
import io.switchboard.escalation.sla.domain.SlaPolicy;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The SLA events' data (aggregate escalation, keyed by ticket); contracts in docs/events/schemas. */
public final class SlaEvents {

    public static final String CLOCKS_CHANGED = "SlaClocksChanged";
    public static final String WARNED = "SlaWarned";
    public static final String BREACHED = "SlaBreached";

    private SlaEvents() {
    }

    public record PolicyRef(UUID id, String name) {
        static PolicyRef of(SlaPolicy policy) {
            return policy == null ? null : new PolicyRef(policy.id(), policy.name());
        }
    }

    /** A clock as consumers see it: no due instant while it stands (paused, met). */
    public record ClockView(Metric metric, ClockState.State state, String target, Instant dueAt, Instant warnAt,
                            boolean breached) {
        static ClockView of(ClockState clock) {
            boolean counting = clock.counting();
            return new ClockView(clock.metric(), clock.state(), clock.target().toString(),
                    counting ? clock.dueAt() : null, counting ? clock.warnAt() : null, clock.breached());
        }
    }

    /** A ticket's complete SLA state: the policy that applies (null: none) and its measured clocks. */
    public record TicketClocks(UUID ticketId, String number, String serviceCode, PolicyRef policy,
                               List<ClockView> clocks) {
    }

    public record SlaClocksChanged(UUID ticketId, String number, String serviceCode, PolicyRef policy,
                                   List<ClockView> clocks, Instant changedAt) {
        static SlaClocksChanged of(TicketClocks clocks, Instant at) {
            return new SlaClocksChanged(clocks.ticketId(), clocks.number(), clocks.serviceCode(), clocks.policy(),
                    clocks.clocks(), at);
        }
    }

    public record SlaWarned(UUID ticketId, String number, String serviceCode, Metric metric, Instant dueAt,
                            PolicyRef policy, String assignee, Instant warnedAt) {
    }

    public record SlaBreached(UUID ticketId, String number, String serviceCode, Metric metric, Instant dueAt,
                              PolicyRef policy, String assignee, OnBreach onBreach, Instant breachedAt) {
    }
}
