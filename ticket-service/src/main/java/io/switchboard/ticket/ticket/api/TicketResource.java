package io.switchboard.ticket.ticket.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.integration.api.Idempotent;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.ticket.application.TicketDetails;
import io.switchboard.ticket.ticket.application.TicketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    private final TicketService tickets;
    private final Callers callers;

    TicketResource(TicketService tickets, Callers callers) {
        this.tickets = tickets;
        this.callers = callers;
    }

    @POST
    @Extension(name = Audience.KEY, value = "member,integration")
    @Path("/services/{serviceCode}/tickets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "Open a ticket", description = "Stores an UNASSIGNED ticket; routing assigns it shortly after. "
            + "Operators with the forward permission (and admins) may instead choose its group (it waits in that "
            + "queue) and an assignee of that group (it starts IN_PROGRESS); routing then leaves it alone. "
            + "PHONE tickets need customer.phone and may omit customer.email; every other channel needs the e-mail.")
    @APIResponse(responseCode = "201", description = "Created; Location names the ticket")
    @Idempotent
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false, example = "order-1234-refund",
            description = "Up to 255 characters, per caller, kept 24 h: a retry with the same key and body gets the "
                    + "first response again (201, same body and Location); another body is a 422 problem")
    public Response create(@PathParam("serviceCode") String serviceCode, @Valid @NotNull CreateTicketRequest request,
                           @Context UriInfo uri) {
        TicketDetails created = tickets.create(callers.current(), serviceCode, request.toNewTicket(),
                request.placement());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/tickets/{id}").build(created.ticket().id()))
                .entity(TicketViews.of(created)).build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,integration")
    @Path("/tickets/{id}")
    @RolesAllowed({Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "Read a ticket")
    @APIResponse(responseCode = "200", description = "The ticket; ETag is its version")
    public TicketView get(@PathParam("id") UUID id) {
        Caller caller = callers.current();
        TicketDetails details = tickets.get(caller, id);
        return TicketViews.of(details, caller.isAgent() ? tickets.starredBy(caller, id) : null, null);
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,integration")
    @Path("/tickets/{id}/messages")
    @RolesAllowed({Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "A ticket's processing history: inquiry, re-inquiries, replies, comments; oldest first",
            description = "Integration clients see only what the customer sees: no internal comments or forward notes.")
    public List<MessageView> messages(@PathParam("id") UUID id) {
        return tickets.messages(callers.current(), id).stream().map(MessageView::of).toList();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,integration")
    @Path("/tickets/{id}/events")
    @RolesAllowed({Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "A ticket's history, oldest first")
    public List<TicketEventView> events(@PathParam("id") UUID id) {
        return tickets.events(callers.current(), id).stream()
                .map(line -> new TicketEventView(line.event().type().name(), line.event().actor(), line.event().summary(),
                        line.event().createdAt(), line.changes(), line.event().details()))
                .toList();
    }
}
