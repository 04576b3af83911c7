package io.switchboard.escalation.dooray.api;

import io.switchboard.escalation.dooray.application.DoorayEscalations;
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
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dooray! escalations (Dooray 이관) of tickets, and their tasks' conversation. */
@Path("/api/v1/dooray/escalations")
@Tag(name = "Dooray")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public class DoorayEscalationResource {

    private final DoorayEscalations escalations;

    DoorayEscalationResource(DoorayEscalations escalations) {
        this.escalations = escalations;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Audience.KEY, value = "assignee,service-admin")
    @Operation(summary = "Escalate a ticket to a Dooray task (Dooray 이관)",
            description = "For the ticket's assignee or an admin of its service, while it is IN_PROGRESS, ON_HOLD or "
                    + "DOORAY_ANSWERED and has no open task. The project must be one of the service's connection; "
                    + "tags (mandatory and select-one groups) and recipients are checked against Dooray before the task "
                    + "is created. 201: the task exists (OPEN) and the ticket becomes DOORAY_ESCALATED shortly. 202: "
                    + "Dooray did not answer and may have made the task: the escalation stays PENDING until Switchboard "
                    + "found it (OPEN) or not (FAILED); poll the Location.")
    @APIResponse(responseCode = "201", description = "The task exists; Location names the escalation")
    @APIResponse(responseCode = "202", description = "PENDING: Dooray did not answer; Location names the escalation")
    @APIResponse(responseCode = "400", description = "Invalid fields, e.g. a mandatory tag group without a tag, or a "
            + "recipient who is no project member")
    @APIResponse(responseCode = "403", description = "Neither the ticket's assignee nor an admin of its service")
    @APIResponse(responseCode = "404", description = "No such ticket for the caller")
    @APIResponse(responseCode = "409", description = "The ticket's status does not allow it, it has an open task, or "
            + "the Dooray connection must be fixed by an admin (token no longer valid, project gone)")
    @APIResponse(responseCode = "503", description = "Dooray is unavailable (after retries); see Retry-After")
    public Response escalate(@Valid @NotNull DoorayEscalationRequest request, @Context UriInfo uri) {
        DoorayEscalations.Escalated escalated = escalations.escalate(request.toNewEscalation());
        URI location = uri.getBaseUriBuilder().path("api/v1/dooray/escalations/{id}").build(escalated.escalation().id());
        return (escalated.confirmed() ? Response.created(location) : Response.accepted().location(location))
                .entity(DoorayEscalationView.of(escalated.escalation())).build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Operation(summary = "A ticket's Dooray escalations", description = "Newest first, for members of the ticket's "
            + "service; 404 when the caller cannot see the ticket.")
    public DoorayEscalationView.Page ofTicket(@Parameter(required = true) @QueryParam("ticketId") @NotNull UUID ticketId) {
        return new DoorayEscalationView.Page(escalations.ofTicket(ticketId).stream().map(DoorayEscalationView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Extension(name = Audience.KEY, value = "member")
    @Operation(summary = "A Dooray escalation", description = "For members of the ticket's service; 404 otherwise.")
    public DoorayEscalationView get(@PathParam("id") UUID id) {
        return DoorayEscalationView.of(escalations.get(id));
    }

    @GET
    @Path("/{id}/comments")
    @Extension(name = Audience.KEY, value = "member")
    @Operation(summary = "The Dooray conversation of an escalation", description = "The task's comments, oldest "
            + "first: those written in Dooray (by webhook, or read when a hook was missed) and through Switchboard.")
    public DoorayEscalationView.Comments comments(@PathParam("id") UUID id) {
        return new DoorayEscalationView.Comments(escalations.comments(id).stream()
                .map(DoorayEscalationView.CommentView::of).toList());
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Audience.KEY, value = "member")
    @Operation(summary = "Comment on the Dooray task", description = "Posted to Dooray with the connection's token, "
            + "naming the operator (their own Dooray member when the connection maps them). Members of the ticket's "
            + "service, while the task is open; 409 once it was closed (DOORAY_ANSWERED) or the escalation failed.")
    @APIResponse(responseCode = "201", description = "The comment as posted")
    @APIResponse(responseCode = "409", description = "The task is closed, or the escalation failed")
    @APIResponse(responseCode = "503", description = "Dooray is unavailable (after retries); see Retry-After")
    public Response comment(@PathParam("id") UUID id, @NotNull DoorayEscalationView.CommentRequest request) {
        return Response.status(Response.Status.CREATED).entity(DoorayEscalationView.CommentView.of(
                escalations.comment(id, request.content(), request.mimeType()))).build();
    }
}
