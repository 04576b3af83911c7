package io.switchboard.escalation.sla.application;

import io.switchboard.escalation.sla.domain.Hours;
import io.switchboard.escalation.sla.domain.OnBreach;
import io.switchboard.escalation.sla.domain.PolicyRules;
import io.switchboard.escalation.sla.domain.Priority;
import io.switchboard.escalation.sla.domain.SlaCondition;
import io.switchboard.escalation.sla.domain.Targets;
import io.switchboard.platform.problem.Problem.FieldError;
import io.switchboard.platform.problem.ProblemException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An SLA policy as an admin writes it (POST creates, PUT replaces it whole); {@link #rules()} checks every member. */
@Schema(name = "SlaPolicyRequest")
public record PolicyDraft(
        @Schema(description = "1 to 100 characters", example = "VIP customers", required = true) String name,
        @Schema(description = "false keeps the policy but skips it when choosing; default true") Boolean enabled,
        @Schema(description = "all must hold; empty or absent matches every ticket") List<Condition> conditions,
        @Schema(description = "per priority (LOW, NORMAL, HIGH, URGENT); a priority or metric left out is not "
                + "measured", required = true) Map<String, MetricTargets> targets,
        @Schema(description = "BUSINESS (the service's business hours and holidays, in its time zone; default) or "
                + "CALENDAR", enumeration = {"BUSINESS", "CALENDAR"}) String hours,
        @Schema(description = "ticket statuses in which the clocks stand still; default [\"ON_HOLD\"]")
        List<String> pauseIn,
        @Schema(description = "ISO-8601 duration before the due time at which SlaWarned is published; null: no "
                + "warning", example = "PT30M") String warnBefore,
        @Schema(description = "what ticket-service does on a breach; default nothing") Breach onBreach,
        @Schema(description = "the version read, instead of an If-Match header (PUT)") Long version) {

    static final Set<String> STATUSES = Set.of("UNASSIGNED", "IN_PROGRESS", "ON_HOLD", "RESOLVED", "COMPLETED",
            "INTERNALLY_RESOLVED", "ESCALATED", "ESCALATION_ANSWERED", "DOORAY_ESCALATED", "DOORAY_IN_PROGRESS",
            "DOORAY_ANSWERED");
    static final Set<String> CHANNELS = Set.of("HELP_CENTER", "EMAIL", "API", "CHAT", "PHONE", "SOCIAL", "MANUAL");
    private static final int MAX_NAME = 100;
    private static final int MAX_CONDITIONS = 20;
    private static final int MAX_VALUES = 100;

    @Schema(name = "SlaConditionRequest")
    public record Condition(
            @Schema(enumeration = {"priority", "channel", "inquiryTypeId", "tags"}, required = true) String target,
            @Schema(enumeration = {"in", "not_in"}, required = true) String operator,
            @Schema(description = "priorities, channels, inquiry type ids (the type or any of its descendants) or "
                    + "tags (contains any)", required = true) List<String> values) {
    }

    @Schema(name = "SlaTargetsRequest")
    public record MetricTargets(
            @Schema(description = "ISO-8601 duration, e.g. PT4H; null: not measured", example = "PT4H")
            String firstResponse,
            @Schema(description = "after each re-inquiry", example = "PT8H") String nextResponse,
            @Schema(example = "P3D") String resolution) {
    }

    @Schema(name = "SlaOnBreachRequest")
    public record Breach(
            @Schema(description = "raise the ticket's priority one step") Boolean raisePriority,
            @Schema(description = "forward the ticket to this operator group") UUID reassignGroupId) {
    }

    /** The validated rules; a 400 naming every invalid member otherwise. */
    public PolicyRules rules() {
        List<FieldError> errors = new ArrayList<>();
        String strippedName = name == null ? "" : name.strip();
        if (strippedName.isEmpty() || strippedName.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be 1 to " + MAX_NAME + " characters"));
        }
        List<SlaCondition> checkedConditions = conditions(errors);
        Map<Priority, Targets> checkedTargets = targets(errors);
        Hours checkedHours = Hours.BUSINESS;
        if (hours != null) {
            checkedHours = Arrays.stream(Hours.values()).filter(h -> h.name().equals(hours)).findFirst().orElse(null);
            if (checkedHours == null) {
                errors.add(new FieldError("hours", "must be BUSINESS or CALENDAR"));
            }
        }
        Set<String> checkedPauseIn = pauseIn == null ? PolicyRules.DEFAULT_PAUSE_IN : new HashSet<>();
        for (int i = 0; pauseIn != null && i < pauseIn.size(); i++) {
            if (!STATUSES.contains(pauseIn.get(i))) {
                errors.add(new FieldError("pauseIn[" + i + "]", "must be a ticket status, e.g. ON_HOLD"));
            } else {
                checkedPauseIn.add(pauseIn.get(i));
            }
        }
        Duration checkedWarnBefore = warnBefore == null ? null : duration("warnBefore", warnBefore, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The SLA policy has invalid fields.", errors);
        }
        OnBreach breach = onBreach == null ? OnBreach.NOTHING
                : new OnBreach(Boolean.TRUE.equals(onBreach.raisePriority()), onBreach.reassignGroupId());
        return new PolicyRules(strippedName, enabled == null || enabled, checkedConditions, checkedTargets,
                checkedHours, checkedPauseIn, checkedWarnBefore, breach);
    }

    private List<SlaCondition> conditions(List<FieldError> errors) {
        List<SlaCondition> checked = new ArrayList<>();
        if (conditions == null) {
            return checked;
        }
        if (conditions.size() > MAX_CONDITIONS) {
            errors.add(new FieldError("conditions", "must be at most " + MAX_CONDITIONS));
        }
        for (int i = 0; i < conditions.size(); i++) {
            String field = "conditions[" + i + "]";
            Condition condition = conditions.get(i);
            if (condition == null) {
                errors.add(new FieldError(field, "must be a condition"));
                continue;
            }
            SlaCondition.Target target = Arrays.stream(SlaCondition.Target.values())
                    .filter(t -> t.name().equals(condition.target())).findFirst().orElse(null);
            if (target == null) {
                errors.add(new FieldError(field + ".target", "must be priority, channel, inquiryTypeId or tags"));
            }
            SlaCondition.Operator operator = Arrays.stream(SlaCondition.Operator.values())
                    .filter(o -> o.name().equals(condition.operator())).findFirst().orElse(null);
            if (operator == null) {
                errors.add(new FieldError(field + ".operator", "must be in or not_in"));
            }
            List<String> values = condition.values() == null ? List.of() : condition.values();
            if (values.isEmpty() || values.size() > MAX_VALUES) {
                errors.add(new FieldError(field + ".values", "must list 1 to " + MAX_VALUES + " values"));
            }
            boolean valid = true;
            for (int j = 0; target != null && j < values.size(); j++) {
                String problem = problemOf(target, values.get(j));
                if (problem != null) {
                    errors.add(new FieldError(field + ".values[" + j + "]", problem));
                    valid = false;
                }
            }
            if (target != null && operator != null && !values.isEmpty() && valid) {
                checked.add(new SlaCondition(target, operator, values));
            }
        }
        return checked;
    }

    private static String problemOf(SlaCondition.Target target, String value) {
        return switch (target) {
            case priority -> Priority.named(value).isPresent() ? null : "must be LOW, NORMAL, HIGH or URGENT";
            case channel -> CHANNELS.contains(value) ? null : "must be a channel, one of " + String.join(", ",
                    CHANNELS.stream().sorted().toList());
            case inquiryTypeId -> isUuid(value) ? null : "must be an inquiry type id (UUID)";
            case tags -> value != null && !value.isBlank() && value.length() <= 50 ? null : "must be 1 to 50 characters";
        };
    }

    private static boolean isUuid(String value) {
        try {
            return value != null && UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Map<Priority, Targets> targets(List<FieldError> errors) {
        Map<Priority, Targets> checked = new EnumMap<>(Priority.class);
        if (targets == null || targets.isEmpty()) {
            errors.add(new FieldError("targets", "must set targets for at least one priority (LOW, NORMAL, HIGH, URGENT)"));
            return checked;
        }
        targets.forEach((key, value) -> {
            String field = "targets." + key;
            Priority priority = Priority.named(key).orElse(null);
            if (priority == null) {
                errors.add(new FieldError(field, "is not a priority (LOW, NORMAL, HIGH, URGENT)"));
                return;
            }
            if (value == null) {
                return;
            }
            Duration first = value.firstResponse() == null ? null
                    : duration(field + ".firstResponse", value.firstResponse(), errors);
            Duration next = value.nextResponse() == null ? null
                    : duration(field + ".nextResponse", value.nextResponse(), errors);
            Duration resolution = value.resolution() == null ? null
                    : duration(field + ".resolution", value.resolution(), errors);
            checked.put(priority, new Targets(first, next, resolution));
        });
        return checked;
    }

    private static Duration duration(String field, String value, List<FieldError> errors) {
        try {
            Duration parsed = Duration.parse(value);
            if (parsed.toMinutes() >= 1 && parsed.getNano() == 0) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        errors.add(new FieldError(field, "must be an ISO-8601 duration of at least a minute, e.g. PT4H or P2D"));
        return null;
    }
}
