package io.switchboard.routing.api;

import io.switchboard.routing.application.DryRun;
import io.switchboard.routing.domain.Candidate;
import io.switchboard.routing.domain.Changes;
import io.switchboard.routing.domain.Condition;
import io.switchboard.routing.domain.Delivery;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a trigger would do to recent tickets (oldest first); version 0 is a draft. */
public record DryRunView(UUID triggerId, String title, int version, int evaluated, int matched,
                         List<TicketResult> tickets) {

    /** One ticket: whether it matches, and for matches where it would go and what would be sent. */
    public record TicketResult(UUID ticketId, String number, String title, Instant createdAt, boolean matched,
                               List<Condition.Result> conditions, String outcome, UUID groupId, String assignee,
                               String reason, List<Candidate> candidates, Changes changes,
                               List<Delivery> deliveries) {
    }

    static DryRunView of(DryRun.Report report) {
        List<TicketResult> tickets = report.tickets().stream().map(v -> {
            var d = v.decision();
            var verdict = d.explanation().triggers().get(0);
            return new TicketResult(v.ticket().ticketId(), v.ticket().number(), v.ticket().title(),
                    v.ticket().createdAt(), verdict.matched(), verdict.conditions(),
                    verdict.matched() ? d.outcome().name() : null, d.groupId(), d.assignee(),
                    verdict.matched() ? d.reason() : null, d.explanation().candidates(), d.changes(), d.deliveries());
        }).toList();
        return new DryRunView(report.trigger().id(), report.trigger().title(), report.trigger().version(),
                report.evaluated(), report.matched(), tickets);
    }
}
