package io.switchboard.routing.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.routing.application.Caller;
import io.switchboard.routing.application.Callers;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/routing/decisions")
@Tag(name = "Routing decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    private final Router router;
    private final Callers callers;

    DecisionResource(Router router, Callers callers) {
        this.router = router;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Path("/{ticketId}")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "How a ticket was routed",
            description = "Every evaluation of the ticket (on creation, and on updates for on-update triggers), oldest "
                    + "first: each trigger's verdict with each condition's actual value, the candidates and why each was "
                    + "or was not eligible, the choice, the attribute changes and the deliveries. For members of the "
                    + "ticket's service (any role); 404 for everyone else, org-admins included.")
    @APIResponse(responseCode = "200", description = "The decisions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "assigned", value = """
            [{"id": "5d7c2f8e-0f7e-4a8f-9a47-2a3f8f0d2b11", "ticketId": "0b6f1f0e-3f57-4b7e-9d0a-6c1a2b3c4d5e",
              "serviceCode": "CS", "evaluation": "CREATED", "outcome": "ASSIGNED",
              "trigger": {"id": "d0000000-0000-4000-8000-000000000001", "name": "CS inquiries to Support", "version": 1},
              "groupId": "a0000000-0000-4000-8000-000000000001", "assignee": "bob", "reason": "round-robin among 2",
              "summary": "assigned to Bob Kim by trigger 'CS inquiries to Support' (v1) — round-robin among 2",
              "explanation": {"triggers": [{"triggerId": "d0000000-0000-4000-8000-000000000001",
                "name": "CS inquiries to Support", "version": 1, "matched": true, "conditions": [
                {"required": true, "target": "CHANNEL", "operator": "EQUALS", "expected": "EMAIL", "actual": "EMAIL",
                 "holds": true}]}],
                "candidates": [{"username": "bob", "eligible": true, "reason": "ticket assignment on"},
                               {"username": "carol", "eligible": true, "reason": "ticket assignment on"}]},
              "changes": {}, "deliveries": [], "decidedAt": "2026-11-27T00:00:01Z"}]""")))
    public List<DecisionView> decisions(@PathParam("ticketId") UUID ticketId) {
        return router.decisions(callers.current(), ticketId).stream().map(DecisionView::of).toList();
    }
}
