package io.switchboard.escalation.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.escalation.application.TicketSnapshots;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/escalations/tickets")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketSnapshotResource {

    private final TicketSnapshots snapshots;

    TicketSnapshotResource(TicketSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Path("/{ticketId}")
    @RolesAllowed("agent")
    @Operation(summary = "A ticket as escalation-service knows it",
            description = "The state kept from ticket-service's events (number, status, group, assignee) as of "
                    + "the newest event applied; what escalations and SLA timers work from. For members of the "
                    + "ticket's service (as ticket-service's ServiceChanged says); 404 for everyone else.")
    public TicketSnapshotView ticket(@PathParam("ticketId") UUID ticketId) {
        return TicketSnapshotView.of(snapshots.get(ticketId));
    }
}
