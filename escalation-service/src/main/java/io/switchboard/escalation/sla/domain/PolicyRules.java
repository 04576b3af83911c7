package io.switchboard.escalation.sla.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A policy's content as an admin sets it, already validated. */
public record PolicyRules(String name, boolean enabled, List<SlaCondition> conditions, Map<Priority, Targets> targets,
                          Hours hours, Set<String> pauseIn, Duration warnBefore, OnBreach onBreach) {

    public static final Set<String> DEFAULT_PAUSE_IN = Set.of("ON_HOLD");

    public PolicyRules {
        conditions = List.copyOf(conditions);
        targets = Map.copyOf(targets);
        pauseIn = Set.copyOf(pauseIn);
    }
}
