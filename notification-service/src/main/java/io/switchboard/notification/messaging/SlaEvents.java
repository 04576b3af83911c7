package io.switchboard.notification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.UUID;

/** The parts of escalation-service's SlaWarned and SlaBreached that notices need; contracts in docs/events/schemas. */
final class SlaEvents {

    static final String SLA_WARNED = "SlaWarned";
    static final String SLA_BREACHED = "SlaBreached";

    private SlaEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Policy(UUID id, String name) {
    }

    /** Either event: the ticket, its clock, the policy and the assignee (null when nobody holds the ticket). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SlaAlert(UUID ticketId, String number, String serviceCode, String metric, Instant dueAt, Policy policy,
                    String assignee) {
    }
}
