package io.switchboard.escalation.api;

import io.switchboard.escalation.application.Escalations;
import io.switchboard.escalation.domain.Escalation;
import io.switchboard.platform.access.Audience;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/escalations")
@Tag(name = "Escalations")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationResource {

    private final Escalations escalations;

    EscalationResource(Escalations escalations) {
        this.escalations = escalations;
    }

    @POST
    @Extension(name = Audience.KEY, value = "assignee,service-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("agent")
    @Operation(summary = "Escalate a ticket to an issue-management service (이슈관리 이관)",
            description = "For the ticket's assignee or an admin of its service, while it is IN_PROGRESS, ON_HOLD or "
                    + "ESCALATION_ANSWERED and no other escalation of it is REQUESTED. Accepted at once (REQUESTED); "
                    + "ticket-service then opens the issue ticket in the target service (UNASSIGNED, routed by its "
                    + "triggers) with the source ticket's customer, links the two and moves the source to ESCALATED "
                    + "(OPEN), or refuses and writes nothing (REFUSED, e.g. a required field of the inquiry type is "
                    + "missing). Poll the Location. A request made while ticket-service is down completes when it is "
                    + "back, once.")
    @APIResponse(responseCode = "202", description = "Accepted; Location names the escalation")
    @APIResponse(responseCode = "400", description = "Invalid request, or the target is no issue-management service")
    @APIResponse(responseCode = "403", description = "Neither the ticket's assignee nor an admin of its service")
    @APIResponse(responseCode = "404", description = "No such ticket for the caller")
    @APIResponse(responseCode = "409", description = "The ticket's status or service does not allow it, or an "
            + "escalation of it is already REQUESTED")
    public Response request(@Valid @NotNull EscalationRequest request, @Context UriInfo uri) {
        Escalation escalation = escalations.request(request.toNewEscalation());
        return Response.accepted(EscalationView.of(escalation))
                .location(uri.getBaseUriBuilder().path("api/v1/escalations/{id}").build(escalation.id())).build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @RolesAllowed("agent")
    @Operation(summary = "A ticket's escalations",
            description = "Those of the escalated ticket or of the issue ticket it became, newest first, for members "
                    + "of either service; 404 when the caller cannot see the ticket.")
    public EscalationView.Page ofTicket(@Parameter(required = true, description = "The escalated or the issue ticket")
                                        @QueryParam("ticketId") @NotNull UUID ticketId) {
        return new EscalationView.Page(escalations.ofTicket(ticketId).stream().map(EscalationView::of).toList());
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Path("/targets")
    @RolesAllowed("agent")
    @Operation(summary = "Where a ticket can be escalated to",
            description = "The issue-management services of the organisation, by name, for members of the ticket's "
                    + "service. Their inquiry types and customer fields are read from ticket-service "
                    + "(/api/v1/services/{code}/inquiry-types).")
    public List<EscalationView.TargetService> targets(@Parameter(required = true) @QueryParam("ticketId") @NotNull UUID ticketId) {
        return escalations.targets(ticketId).stream().map(EscalationView.TargetService::of).toList();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Path("/{id}")
    @RolesAllowed("agent")
    @Operation(summary = "An escalation", description = "For members of the escalated ticket's service and of the "
            + "target service; 404 for everyone else.")
    public EscalationView get(@PathParam("id") UUID id) {
        return EscalationView.of(escalations.get(id));
    }
}
