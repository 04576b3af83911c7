package io.switchboard.routing.api;

import io.switchboard.routing.domain.Condition;
import io.switchboard.routing.domain.Results;
import io.switchboard.routing.domain.Trigger;
import io.switchboard.routing.domain.TriggerDefinition;
import io.switchboard.routing.domain.TriggerVersion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A trigger with its current version and position. */
public record TriggerView(UUID id, String serviceCode, String title, String description, int position,
                          boolean enabled, boolean runOnUpdate, int version, List<Condition> conditions,
                          Results results, String updatedBy, Instant updatedAt) {

    static TriggerView of(Trigger t) {
        return new TriggerView(t.id(), t.serviceCode(), t.title(), t.description(), t.position(), t.enabled(),
                t.runOnUpdate(), t.version(), t.conditions(), t.results(), t.updatedBy(), t.updatedAt());
    }

    /** One saved version of a trigger. */
    public record VersionView(UUID triggerId, int version, TriggerDefinition definition, String changedBy,
                              Instant changedAt) {
        static VersionView of(TriggerVersion v) {
            return new VersionView(v.triggerId(), v.version(), v.definition(), v.changedBy(), v.changedAt());
        }
    }
}
