package io.switchboard.ticket.ticket.api;

import io.switchboard.ticket.ticket.domain.TicketLink;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of sub-tickets and ticket links. */
public final class RelationRequests {

    private RelationRequests() {
    }

    @Schema(description = "Without an assignee the sub-ticket waits unassigned in the group's queue",
            example = "{\"groupId\": \"a0000000-0000-4000-8000-000000000001\", \"assignee\": \"carol\", "
                    + "\"title\": \"Refund needs billing approval\", \"content\": \"Please approve the refund.\"}")
    public record NewSubTicket(@NotNull UUID groupId, @Size(max = 64) String assignee,
                               @NotBlank @Size(max = 200) String title,
                               @NotBlank @Size(max = 100_000) String content) {
    }

    @Schema(description = "Only DUPLICATE_OF links are created by hand",
            example = "{\"type\": \"DUPLICATE_OF\", \"ticketId\": \"0b6f2c1e-7d1a-4d2c-9a51-3f1f6f1c2b7e\"}")
    public record NewLink(@NotNull TicketLink.Type type, @NotNull UUID ticketId) {
    }

    /**
     * One link as the ticket sees it: OUTGOING when this ticket is the link's subject (e.g. it is
     * the duplicate), INCOMING when the other ticket is.
     */
    public record LinkView(UUID id, String type, String direction, TicketRef ticket, Instant createdAt,
                           @Schema(description = "Only DUPLICATE_OF links can be removed") boolean removable) {
    }

    public record TicketRef(UUID id, String number, String title, String status) {
    }
}
