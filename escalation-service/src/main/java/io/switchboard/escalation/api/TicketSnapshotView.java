package io.switchboard.escalation.api;

import io.switchboard.escalation.domain.TicketSnapshot;
import java.time.Instant;
import java.util.UUID;

/** A ticket as escalation-service knows it from ticket events. */
public record TicketSnapshotView(UUID ticketId, String number, String serviceCode, String title, String status,
                                 String assignee, UUID groupId, Instant updatedAt, UUID lastEventId) {

    static TicketSnapshotView of(TicketSnapshot s) {
        return new TicketSnapshotView(s.ticketId(), s.number(), s.serviceCode(), s.title(), s.status(), s.assignee(),
                s.groupId(), s.updatedAt(), s.lastEventId());
    }
}
