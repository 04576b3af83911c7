package io.switchboard.escalation.sla.domain;

import java.time.Duration;

/** One priority's targets; null means the metric is not measured. */
public record Targets(Duration firstResponse, Duration nextResponse, Duration resolution) {

    public Duration of(Metric metric) {
        return switch (metric) {
            case FIRST_RESPONSE -> firstResponse;
            case NEXT_RESPONSE -> nextResponse;
            case RESOLUTION -> resolution;
        };
    }
}
