package io.switchboard.ticket.view.api;

import io.switchboard.ticket.view.application.MyStatus;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** My status (My 현황) per service of mine. */
public record MyStatusView(List<ServiceStatusView> services) {

    public record ServiceStatusView(String service, long inProgress, long onHold,
                                    @Schema(description = "My tickets with an open callback reservation (약속콜)")
                                    long callbacks,
                                    @Schema(description = "Of those, the ones whose time has come (at ≤ now)")
                                    long callbacksDue,
                                    @Schema(description = "My tickets escalated and not answered yet: ESCALATED, "
                                            + "DOORAY_ESCALATED, DOORAY_IN_PROGRESS")
                                    long escalationsUnanswered,
                                    @Schema(description = "My open tickets with an SLA clock past due and not met yet")
                                    long slaOverdue,
                                    @Schema(description = "My open tickets past an SLA warning, not yet due")
                                    long slaAtRisk) {
    }

    static MyStatusView of(List<MyStatus.ServiceStatus> statuses) {
        return new MyStatusView(statuses.stream()
                .map(s -> new ServiceStatusView(s.service(), s.inProgress(), s.onHold(), s.callbacks(),
                        s.callbacksDue(), s.escalationsUnanswered(), s.slaOverdue(), s.slaAtRisk()))
                .toList());
    }
}
