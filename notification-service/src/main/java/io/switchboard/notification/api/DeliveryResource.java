package io.switchboard.notification.api;

import io.switchboard.notification.application.Deliveries;
import io.switchboard.notification.domain.DeliveryStatus;
import io.switchboard.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/notifications/deliveries")
@Tag(name = "Mail deliveries")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    private final Deliveries deliveries;

    DeliveryResource(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @RolesAllowed({"agent", "org-admin"})
    @Operation(summary = "The delivery log",
            description = "Mails queued, sent, failed (dead letters) or skipped, newest first.")
    public List<DeliveryView> list(
            @Parameter(description = "only this ticket's mails") @QueryParam("ticketId") UUID ticketId,
            @Parameter(description = "QUEUED, SENT, FAILED or SKIPPED") @QueryParam("status") String status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return deliveries.list(ticketId, parse(status), limit).stream().map(DeliveryView::of).toList();
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed("org-admin")
    @Operation(summary = "Retry a failed delivery",
            description = "Queues a FAILED delivery (a dead letter) again with a fresh set of attempts; "
                    + "any other status is a conflict.")
    public DeliveryView retry(@PathParam("id") UUID id) {
        return DeliveryView.of(deliveries.retry(id));
    }

    private static DeliveryStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(DeliveryStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new ProblemException.Invalid("status",
                        "must be one of " + Arrays.toString(DeliveryStatus.values())));
    }
}
