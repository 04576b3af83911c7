package io.switchboard.escalation.sla.api;

import io.switchboard.escalation.sla.application.SlaPolicies;
import io.switchboard.escalation.sla.domain.OnBreach;
import io.switchboard.escalation.sla.domain.PolicyRules;
import io.switchboard.escalation.sla.domain.SlaCondition;
import io.switchboard.escalation.sla.domain.SlaPolicy;
import io.switchboard.escalation.sla.domain.Targets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An SLA policy as the API shows it; durations as ISO-8601 strings, null where not measured. */
@Schema(name = "SlaPolicy")
public record PolicyView(UUID id, String serviceCode, int position, boolean enabled, String name,
                         List<SlaCondition> conditions, Map<String, TargetsView> targets, String hours,
                         List<String> pauseIn, String warnBefore, OnBreach onBreach, long version, Instant updatedAt,
                         String updatedBy) {

    @Schema(name = "SlaTargets")
    public record TargetsView(String firstResponse, String nextResponse, String resolution) {
        static TargetsView of(Targets targets) {
            return new TargetsView(iso(targets.firstResponse()), iso(targets.nextResponse()), iso(targets.resolution()));
        }
    }

    @Schema(name = "SlaPolicyPage")
    public record Page(List<PolicyView> items,
                       @Schema(description = "whether the caller may create, change, reorder and delete them")
                       boolean mayAdminister) {
        static Page of(SlaPolicies.Listing listing) {
            return new Page(listing.policies().stream().map(PolicyView::of).toList(), listing.mayAdminister());
        }
    }

    static PolicyView of(SlaPolicy policy) {
        PolicyRules rules = policy.rules();
        Map<String, TargetsView> targets = new TreeMap<>();
        rules.targets().forEach((priority, t) -> targets.put(priority.name(), TargetsView.of(t)));
        return new PolicyView(policy.id(), policy.serviceCode(), policy.position(), rules.enabled(), rules.name(),
                rules.conditions(), targets, rules.hours().name(), policy.pauseIn(), iso(rules.warnBefore()),
                rules.onBreach(), policy.version(), policy.updatedAt(), policy.updatedBy());
    }

    private static String iso(Duration duration) {
        return duration == null ? null : duration.toString();
    }
}
