package io.switchboard.ticket.view.api;

import io.switchboard.ticket.view.application.InflowBoard;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The inflow board (인입현황) of a service. */
public record InflowView(String service, @Schema(example = "Asia/Seoul") String timeZone,
                         List<OperatorView> operators,
                         @Schema(description = "Tickets created today, in the service's time zone") long receivedToday,
                         @Schema(description = "Of those, the ones still unassigned") long unassignedToday,
                         @Schema(description = "All unassigned tickets of the service") long unassignedTotal,
                         @Schema(description = "Share (0–1) of the tickets received in the last 24 h (from the quarter hour at or before 24 h ago) that are now "
                                 + "resolved, completed or internally resolved; 0 when none came")
                         double processingRate24h,
                         Instant asOf) {

    /** An operator of the service and their open tickets. */
    public record OperatorView(String username, String displayName, long inProgress, long onHold,
                               boolean assignmentEnabled) {
    }

    static InflowView of(InflowBoard.Board board) {
        return new InflowView(board.service(), board.timeZone(), board.operators().stream()
                .map(o -> new OperatorView(o.username(), o.displayName(), o.inProgress(), o.onHold(),
                        o.assignmentEnabled()))
                .toList(), board.receivedToday(), board.unassignedToday(), board.unassignedTotal(),
                board.processingRate24h(), board.asOf());
    }
}
