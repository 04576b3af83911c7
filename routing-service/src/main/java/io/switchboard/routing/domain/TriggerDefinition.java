package io.switchboard.routing.domain;

import java.util.List;

/** Everything about a trigger that an admin edits; each saved change becomes a new version of it. */
public record TriggerDefinition(String title, String description, boolean enabled, boolean runOnUpdate,
                                List<Condition> conditions, Results results) {

    public static final int MAX_CONDITIONS = 50;

    public TriggerDefinition {
        description = description == null ? "" : description;
        conditions = List.copyOf(conditions);
        results = results == null ? Results.NONE : results;
    }
}
