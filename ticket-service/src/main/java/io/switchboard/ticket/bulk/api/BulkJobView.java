package io.switchboard.ticket.bulk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bulk job on the wire: progress, and per ticket its outcome. */
public record BulkJobView(
        UUID id,
        @Schema(enumeration = {"comment", "hold", "resolve", "assign", "forward"}) String action,
        @Schema(enumeration = {"QUEUED", "RUNNING", "FINISHED"},
                description = "QUEUED until the first ticket is processed, RUNNING while tickets are pending") String status,
        int total,
        @Schema(description = "Tickets processed successfully") long done,
        @Schema(description = "Tickets refused; see their results") long failed,
        Instant createdAt,
        @Schema(description = "When the last ticket was processed; null until the job is finished") Instant finishedAt,
        String createdBy,
        @Schema(description = "One per ticket, in the order of the request; absent in the list of jobs")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Result> results) {

    /** One ticket's outcome. */
    public record Result(
            UUID ticketId,
            @Schema(description = "The ticket's number (CS-12), null for a ticket the job's creator could not see")
            String number,
            @Schema(enumeration = {"PENDING", "DONE", "FAILED"}) String outcome,
            @Schema(description = "For a FAILED ticket: the problem+json the single action would have answered "
                    + "(status, title, detail, its members such as allowedActions or forbiddenWords), plus code, the "
                    + "last part of its type (e.g. stale-version, conflict, validation, forbidden, not-found); else null")
            JsonNode problem) {
    }
}
