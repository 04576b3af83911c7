package io.switchboard.ticket.view.api;

import io.switchboard.ticket.ticket.domain.CallbackReservation;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.view.application.MyStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of my callback reservations (약속콜), with what the list shows of its ticket. */
public record MyCallbackView(UUID ticketId, String number, String serviceCode, String title, String status,
                             @Schema(description = "The ticket's customer name, if known") String customerName,
                             @Schema(description = "The number to call") String phone,
                             @Schema(description = "When to call") Instant at,
                             String note, String reservedBy,
                             @Schema(description = "Whether its time has come (at ≤ now)") boolean due) {

    static MyCallbackView of(MyStatus.Callback callback) {
        Ticket ticket = callback.ticket();
        CallbackReservation reservation = callback.reservation();
        return new MyCallbackView(ticket.id(), ticket.displayNumber(), ticket.serviceCode(), ticket.title(),
                ticket.status().name(), ticket.customer().name(), reservation.phone(), reservation.at(),
                reservation.note(), reservation.reservedBy(), callback.due());
    }
}
