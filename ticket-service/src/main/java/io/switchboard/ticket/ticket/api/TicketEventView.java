package io.switchboard.ticket.ticket.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a ticket's history. */
public record TicketEventView(String type, String actor, String summary, Instant at,
                              @Schema(description = "Before/after values of changed attributes, e.g. "
                                      + "{\"priority\": {\"before\": \"NORMAL\", \"after\": \"HIGH\"}}")
                              @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> changes,
                              @Schema(description = "The facts behind the summary, e.g. a mail's recipients, subject, "
                                      + "kind and failure reason")
                              @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> details) {
}
