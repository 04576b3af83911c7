package io.switchboard.ticket.ticket.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.ticket.application.TicketDetails;
import io.switchboard.ticket.ticket.application.TicketLifecycle;
import io.switchboard.ticket.ticket.application.TicketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sub-tickets and links between tickets (PRODUCT.md §3.1, §3.4). */
@Path("/api/v1")
@Tag(name = "Ticket relations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketRelationResource {

    private final TicketLifecycle lifecycle;
    private final TicketService tickets;
    private final Callers callers;

    TicketRelationResource(TicketLifecycle lifecycle, TicketService tickets, Callers callers) {
        this.lifecycle = lifecycle;
        this.tickets = tickets;
        this.callers = callers;
    }

    @POST
    @Extension(name = Audience.KEY, value = "assignee,service-admin")
    @Path("/tickets/{id}/sub-tickets")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Create a sub-ticket for another group (the ticket's assignee or an admin)",
            description = "Same service, customer and channel; UNASSIGNED in the group's queue, or IN_PROGRESS "
                    + "with an assignee who is in the group and takes tickets. Only the service's admins, the "
                    + "sub-ticket's assignee and group, and the parent's assignee see it.")
    @APIResponse(responseCode = "201", description = "Created; Location names the sub-ticket")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull RelationRequests.NewSubTicket request,
                           @Context UriInfo uri) {
        TicketDetails child = lifecycle.createSubTicket(callers.current(), id, request.groupId(),
                request.assignee() == null || request.assignee().isBlank() ? null : request.assignee().strip(),
                request.title().strip(), request.content());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/tickets/{id}").build(child.ticket().id()))
                .entity(TicketViews.of(child)).build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{id}/sub-tickets")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "The ticket's sub-tickets you may see, oldest first")
    public List<TicketView> subTickets(@PathParam("id") UUID id) {
        return tickets.subTickets(callers.current(), id).stream().map(TicketViews::of).toList();
    }

    @POST
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{id}/links")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Mark the ticket as a duplicate of another ticket of the same service",
            description = "Only DUPLICATE_OF; the same link twice is a 409.")
    @APIResponse(responseCode = "201", description = "Linked; Location names the ticket's links")
    public Response link(@PathParam("id") UUID id, @Valid @NotNull RelationRequests.NewLink request,
                         @Context UriInfo uri) {
        TicketLifecycle.LinkDetails link = lifecycle.link(callers.current(), id, request.type(), request.ticketId());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/tickets/{id}/links").build(id))
                .entity(view(link)).build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{id}/links")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "The ticket's links in both directions (follow-ups, duplicates, escalations)")
    public List<RelationRequests.LinkView> links(@PathParam("id") UUID id) {
        return lifecycle.links(callers.current(), id).stream().map(TicketRelationResource::view).toList();
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{id}/links/{linkId}")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Remove a duplicate link", description = "From either ticket of the link. Follow-up and "
            + "escalation links record what happened: removing them is a 409.")
    @APIResponse(responseCode = "204", description = "Removed")
    public void unlink(@PathParam("id") UUID id, @PathParam("linkId") UUID linkId) {
        lifecycle.unlink(callers.current(), id, linkId);
    }

    private static RelationRequests.LinkView view(TicketLifecycle.LinkDetails details) {
        var other = details.other();
        return new RelationRequests.LinkView(details.link().id(), details.link().type().name(),
                details.outgoing() ? "OUTGOING" : "INCOMING",
                new RelationRequests.TicketRef(other.id(), other.displayNumber(), other.title(), other.status().name()),
                details.link().createdAt(), details.link().removable());
    }
}
