package io.switchboard.routing.api;

import io.switchboard.routing.application.Router;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/routing/decisions")
@Tag(name = "Routing decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final Router router;

    DecisionResource(Router router) {
        this.router = router;
    }

    @GET
    @Path("/{ticketId}")
    @RolesAllowed({"agent", "org-admin"})
    @Operation(summary = "How a ticket was routed",
            description = "Every evaluation of the ticket, oldest first: each trigger's verdict with each condition's "
                    + "actual value, the candidates and why each was or was not eligible, and the choice.")
    public List<DecisionView> decisions(@PathParam("ticketId") UUID ticketId) {
        return router.decisions(ticketId).stream().map(DecisionView::of).toList();
    }
}
