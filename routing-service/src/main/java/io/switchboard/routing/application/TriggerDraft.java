package io.switchboard.routing.application;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.platform.net.AddressPolicy;
import io.switchboard.routing.domain.Condition;
import io.switchboard.routing.domain.Errors;
import io.switchboard.routing.domain.Results;
import io.switchboard.routing.domain.TriggerDefinition;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;

/** A trigger definition as an admin sent it, not yet validated. */
public record TriggerDraft(String title, String description, Boolean enabled, Boolean runOnUpdate, List<Row> conditions,
                           Results results) {

    /** One condition row as sent: target and operator are names, the value any JSON. */
    public record Row(Boolean required, String target, String field, String operator, JsonNode value) {
    }

    /**
     * The validated definition; a 400 naming every invalid part otherwise.
     *
     * @param memberOf  whether a group (user null) or a member of a group exists in the service
     * @param addresses which hosts callback and hook URLs may point at
     */
    TriggerDefinition validate(BiPredicate<UUID, String> memberOf, AddressPolicy addresses) {
        Errors errors = new Errors();
        if (title == null || title.isBlank() || title.strip().length() > 100) {
            errors.add("title", "1 to 100 characters");
        }
        if (description != null && description.length() > 2_000) {
            errors.add("description", "at most 2000 characters");
        }
        if (conditions == null) {
            // a trigger that matches every ticket must say so: it used to be any trigger sent without conditions
            errors.add("conditions", "is required; an empty list matches every ticket");
        }
        List<Row> rows = conditions == null ? List.of() : conditions;
        if (rows.size() > TriggerDefinition.MAX_CONDITIONS) {
            errors.add("conditions", "at most " + TriggerDefinition.MAX_CONDITIONS + " rows");
        }
        List<Condition> parsed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row == null) {
                errors.add("conditions[" + i + "]", "a row is required");
                continue;
            }
            Condition condition = Condition.parse(errors, "conditions[" + i + "]", row.required(), row.target(),
                    row.field(), row.operator(), row.value());
            if (condition != null) {
                parsed.add(condition);
            }
        }
        Results checked = results == null ? Results.NONE : results;
        if (checked.doesNothing()) {
            errors.add("results", "at least one action is required: assign, notify, forward, callback, doorayHook, "
                    + "setPriority, setProcessingTypeId or addTags");
        }
        checked.check(errors, "results", memberOf);
        if (checked.callback() != null) {
            checkHost(errors, "results.callback.url", checked.callback().url(), addresses);
        }
        if (checked.doorayHook() != null) {
            checkHost(errors, "results.doorayHook.url", checked.doorayHook().url(), addresses);
        }
        errors.throwIfAny("The trigger has invalid parts; see errors.");
        return new TriggerDefinition(title.strip(), description, enabled == null || enabled,
                runOnUpdate != null && runOnUpdate, parsed, checked);
    }

    /**
     * Refuses a URL whose host is (or resolves to) a non-public address, so a trigger cannot aim
     * notification-service at the internal network; notification-service checks again when it connects.
     */
    private static void checkHost(Errors errors, String path, String url, AddressPolicy addresses) {
        String host;
        try {
            host = url == null ? null : new URI(url).getHost();
        } catch (java.net.URISyntaxException e) {
            return; // Results.check named it already
        }
        if (host != null) {
            addresses.refusalWhenSaved(host).ifPresent(reason -> errors.add(path, "must not point at an internal "
                    + "address: " + reason));
        }
    }
}
