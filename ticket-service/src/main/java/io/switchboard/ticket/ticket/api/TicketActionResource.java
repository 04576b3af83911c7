package io.switchboard.ticket.ticket.api;

import io.switchboard.platform.access.Audience;
import io.switchboard.platform.problem.IfMatch;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.ticket.application.TicketLifecycle;
import io.switchboard.ticket.ticket.application.TicketLifecycle.Expected;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ticket actions of PRODUCT.md §3.3 as sub-resources. Each answers the updated ticket; an
 * action the status does not allow is a 409 naming the current status and the allowed actions.
 * Send {@code If-Match: <version>} to act only on the version you saw.
 */
@Path("/api/v1")
@Tag(name = "Ticket actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketActionResource {

    private final TicketLifecycle lifecycle;
    private final Callers callers;

    TicketActionResource(TicketLifecycle lifecycle, Callers callers) {
        this.lifecycle = lifecycle;
        this.callers = callers;
    }

    @POST
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{id}/keep")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Keep (claim) an unassigned ticket", description = "UNASSIGNED → IN_PROGRESS, assigned to you.")
    public TicketView keep(@PathParam("id") UUID id, @Parameter(description = "expected version")
                           @HeaderParam("If-Match") String ifMatch, @Valid ActionRequests.Keep request) {
        return TicketViews.of(lifecycle.keep(me(), id, expected(ifMatch), request == null ? null : request.groupId()));
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin")
    @Path("/tickets/{id}/assign")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Assign the ticket to an operator (service admins)")
    public TicketView assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @Valid @NotNull ActionRequests.Assign request) {
        return TicketViews.of(lifecycle.assign(me(), id, expected(ifMatch), request.groupId(), request.assignee()));
    }

    @POST
    @Extension(name = Audience.KEY, value = "assignee,service-admin")
    @Path("/tickets/{id}/forward")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Forward the ticket to another group or operator",
            description = "Needs the forward permission (admins always have it); the target must take tickets.")
    public TicketView forward(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull ActionRequests.Forward request) {
        return TicketViews.of(lifecycle.forward(me(), id, expected(ifMatch), request.groupId(), request.assignee(),
                request.note()));
    }

    @POST
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{id}/comment")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Add an internal comment", description = "Never mailed; the status stays.")
    public TicketView comment(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull ActionRequests.Message request) {
        return TicketViews.of(lifecycle.comment(me(), id, expected(ifMatch), request.draft()));
    }

    @POST
    @Extension(name = Audience.KEY, value = "assignee,service-admin")
    @Path("/tickets/{id}/hold")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Send an interim reply and put the ticket on hold", description = "→ ON_HOLD; mailed to the customer.")
    public TicketView hold(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull ActionRequests.Message request) {
        return TicketViews.of(lifecycle.hold(me(), id, expected(ifMatch), request.draft()));
    }

    @POST
    @Extension(name = Audience.KEY, value = "assignee,service-admin")
    @Path("/tickets/{id}/resolve")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Send the final reply", description = "→ RESOLVED; completes by itself after the service's auto-complete days.")
    public TicketView resolve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                              @Valid @NotNull ActionRequests.Message request) {
        return TicketViews.of(lifecycle.resolve(me(), id, expected(ifMatch), request.draft()));
    }

    @POST
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{id}/internal-resolution")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Close without a mail", description = "→ INTERNALLY_RESOLVED; SPAM moves it to the spam box.")
    public TicketView internalResolution(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                         @Valid @NotNull ActionRequests.InternalResolutionRequest request) {
        return TicketViews.of(lifecycle.resolveInternally(me(), id, expected(ifMatch), request.reason()));
    }

    @POST
    @Extension(name = Audience.KEY, value = "assignee,service-admin")
    @Path("/tickets/{id}/restore")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Undo an internal resolution (e.g. out of the spam box)", description = "Back to the status before.")
    public TicketView restore(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return TicketViews.of(lifecycle.restore(me(), id, expected(ifMatch)));
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin")
    @Path("/tickets/{id}/delete")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Delete a ticket of the spam box (service admins)",
            description = "Soft delete: the ticket disappears at once and is purged after the retention period.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        lifecycle.delete(me(), id, expected(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin")
    @Path("/tickets/{id}/complete")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Complete a resolved ticket now (service admins)")
    public TicketView complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return TicketViews.of(lifecycle.complete(me(), id, expected(ifMatch)));
    }

    @POST
    @Extension(name = Audience.KEY, value = "member,integration")
    @Path("/tickets/{id}/re-inquiry")
    @RolesAllowed({Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "The customer wrote again",
            description = "ON_HOLD/RESOLVED reopen (IN_PROGRESS); a COMPLETED ticket gets a new linked follow-up "
                    + "ticket (201 with its Location); a ticket in the spam box stays there.")
    public Response reinquire(@PathParam("id") UUID id, @Valid @NotNull ActionRequests.Message request,
                              @Context UriInfo uri) {
        TicketLifecycle.Reinquiry result = lifecycle.reinquire(me(), id, request.draft());
        TicketView view = TicketViews.of(result.ticket());
        if (!result.followUp()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("api/v1/tickets/{id}").build(view.id()))
                .entity(view).build();
    }

    @PUT
    @Extension(name = Audience.KEY, value = "assignee,service-admin")
    @Path("/tickets/{id}/callback")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Reserve a callback (약속콜) or move it",
            description = "At most one per ticket, while it is open: at a time in the future, on the given number or "
                    + "else the customer's phone. It counts in my status (callbacks, callbacksDue) of the assignee. "
                    + "Sending the reservation the ticket already has changes nothing.")
    @APIResponse(responseCode = "200", description = "The ticket with its callback; ETag is its version")
    @APIResponse(responseCode = "400", description = "at, phone or note invalid, or no phone given and the customer has none")
    public TicketView reserveCallback(@PathParam("id") UUID id, @Parameter(description = "expected version")
                                      @HeaderParam("If-Match") String ifMatch,
                                      @Valid @NotNull ActionRequests.Callback request) {
        return TicketViews.of(lifecycle.reserveCallback(me(), id, expected(ifMatch), request.instant(),
                request.phone(), request.note()));
    }

    @POST
    @Extension(name = Audience.KEY, value = "assignee,service-admin")
    @Path("/tickets/{id}/callback/done")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Mark the callback as done", description = "The reservation ends; the optional note goes "
            + "into the history line. 409 when the ticket has no open reservation.")
    public TicketView callbackDone(@PathParam("id") UUID id, @Parameter(description = "expected version")
                                   @HeaderParam("If-Match") String ifMatch, @Valid ActionRequests.CallbackDone request) {
        return TicketViews.of(lifecycle.callbackDone(me(), id, expected(ifMatch), request == null ? null : request.note()));
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "assignee,service-admin")
    @Path("/tickets/{id}/callback")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Cancel the callback reservation", description = "409 when the ticket has no open reservation.")
    public TicketView cancelCallback(@PathParam("id") UUID id, @Parameter(description = "expected version")
                                     @HeaderParam("If-Match") String ifMatch) {
        return TicketViews.of(lifecycle.cancelCallback(me(), id, expected(ifMatch)));
    }

    @PATCH
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{id}/attributes")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Change priority, language, inquiry/processing type, tags and field values",
            description = "Operators of the service; admin-only fields by its admins. Absent members stay; the "
                    + "change is one history line with before/after values and one TicketUpdated event (none when "
                    + "nothing changed). Every invalid member is named in one 400.")
    @APIResponse(responseCode = "200", description = "The ticket; ETag is its new version")
    @APIResponse(responseCode = "409", description = "If-Match named an older version; nothing was changed")
    public Response changeAttributes(@PathParam("id") UUID id, @Parameter(description = "expected version")
                                     @HeaderParam("If-Match") String ifMatch, @Valid @NotNull AttributesRequest request) {
        TicketView ticket = TicketViews.of(lifecycle.changeAttributes(me(), id, expected(ifMatch), request.toRequested()));
        return Response.ok(ticket).build();
    }

    private Caller me() {
        return callers.current();
    }

    /** {@code If-Match: 3} or {@code If-Match: "3"}; absent means any version. */
    static Expected expected(String ifMatch) {
        Long version = IfMatch.version(ifMatch);
        return version == null ? Expected.ANY : new Expected(version);
    }
}
