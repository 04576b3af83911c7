package io.switchboard.ticket.view.api;

import io.switchboard.ticket.view.application.ViewCounts;
import io.switchboard.ticket.view.domain.View;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The views' counts per service of the caller, and summed over them. */
public record CountsView(List<ServiceCountsView> services,
                         @Schema(description = "Each view's count summed over the services",
                                 example = "{\"my-in-progress\": 3, \"my-on-hold\": 0, \"my-resolved\": 1, "
                                         + "\"my-completed\": 7, \"all\": 120, \"unassigned\": 4, \"my-groups\": 30, "
                                         + "\"escalated\": 0, \"spam\": 2}")
                         Map<String, Long> total) {

    public record ServiceCountsView(String service,
                                    @Schema(description = "view name → number of tickets in it")
                                    Map<String, Long> counts) {
    }

    static CountsView of(List<ViewCounts.ServiceCounts> counts) {
        Map<String, Long> total = byName(Map.of());
        List<ServiceCountsView> services = counts.stream().map(c -> {
            Map<String, Long> named = byName(c.counts());
            named.forEach((view, n) -> total.merge(view, n, Long::sum));
            return new ServiceCountsView(c.service(), named);
        }).toList();
        return new CountsView(services, total);
    }

    /** Every view by name, in the menu's order. */
    private static Map<String, Long> byName(Map<View, Long> counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        for (View view : View.values()) {
            named.put(view.code(), counts.getOrDefault(view, 0L));
        }
        return named;
    }
}
