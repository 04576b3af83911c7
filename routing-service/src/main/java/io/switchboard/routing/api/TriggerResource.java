package io.switchboard.routing.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.routing.application.Caller;
import io.switchboard.routing.application.Callers;
import io.switchboard.routing.application.DryRun;
import io.switchboard.routing.application.TriggerAdmin;
import io.switchboard.routing.domain.Trigger;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A service's triggers (트리거 / トリガー): org-admins and the service's ADMINs only. */
@Path("/api/v1/routing/services/{serviceCode}/triggers")
@Tag(name = "Triggers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.AGENT, Caller.ORG_ADMIN})
public class TriggerResource {

    @Schema(example = "{\"triggerIds\": [\"d0000000-0000-4000-8000-000000000002\", "
            + "\"d0000000-0000-4000-8000-000000000001\"]}")
    public record OrderRequest(List<UUID> triggerIds) {
    }

    /**
     * Either {@code triggerId} (a saved trigger) or {@code trigger} (a draft); the newest {@code last}
     * tickets (default 50, at most 500), created in [from, to) when given.
     */
    @Schema(example = "{\"trigger\": {\"title\": \"VIP\", \"conditions\": [{\"required\": true, \"target\": \"TAGS\", "
            + "\"operator\": \"CONTAINS\", \"value\": \"vip\"}], \"results\": {\"setPriority\": \"URGENT\"}}, "
            + "\"last\": 100}")
    public record DryRunRequest(UUID triggerId, TriggerRequest trigger, Integer last, Instant from, Instant to) {
    }

    private final TriggerAdmin admin;
    private final DryRun dryRun;
    private final Callers callers;

    TriggerResource(TriggerAdmin admin, DryRun dryRun, Callers callers) {
        this.admin = admin;
        this.dryRun = dryRun;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Operation(summary = "The service's triggers in the order they run")
    public List<TriggerView> list(@PathParam("serviceCode") String code) {
        return admin.list(callers.current(), code).stream().map(TriggerView::of).toList();
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a trigger (last in the order, version 1)",
            description = "An invalid part is a 400 naming it; so is a callback or Dooray hook URL whose host is or "
                    + "resolves to a non-public address (loopback, private, link-local, ...), unless "
                    + "switchboard.outbound.allowed-networks allows it.")
    public Response create(@PathParam("serviceCode") String code, TriggerRequest request, @Context UriInfo uri) {
        Trigger created = admin.create(callers.current(), code, body(request).draft());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(TriggerView.of(created)).build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/{id}")
    @Operation(summary = "One trigger, current version")
    public TriggerView get(@PathParam("serviceCode") String code, @PathParam("id") UUID id) {
        return TriggerView.of(admin.get(callers.current(), code, id));
    }

    @PUT
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a trigger (a new version; the previous one is kept)",
            description = "Send the whole definition with the version you edited; another version is a 409. "
                    + "Enable or disable a trigger by changing `enabled`.")
    public TriggerView revise(@PathParam("serviceCode") String code, @PathParam("id") UUID id,
                              TriggerRequest request) {
        if (body(request).version() == null) {
            throw new ProblemException.Invalid("version", "the version you edited is required");
        }
        return TriggerView.of(admin.revise(callers.current(), code, id, request.version(), request.draft()));
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/{id}")
    @Operation(summary = "Delete a disabled trigger", description = "An enabled trigger is a 409: disable it first. "
            + "Its versions stay readable, since decisions name them.")
    public Response delete(@PathParam("serviceCode") String code, @PathParam("id") UUID id) {
        admin.delete(callers.current(), code, id);
        return Response.noContent().build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/{id}/versions")
    @Operation(summary = "Every saved version of a trigger, newest first (also after it was deleted)")
    public List<TriggerView.VersionView> versions(@PathParam("serviceCode") String code, @PathParam("id") UUID id) {
        return admin.versions(callers.current(), code, id).stream().map(TriggerView.VersionView::of).toList();
    }

    @PUT
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reorder all triggers in one call", description = "List every trigger of the service once.")
    public List<TriggerView> reorder(@PathParam("serviceCode") String code, OrderRequest request) {
        if (request == null || request.triggerIds() == null || request.triggerIds().contains(null)) {
            throw new ProblemException.Invalid("triggerIds", "the triggers' ids in their new order are required");
        }
        return admin.reorder(callers.current(), code, request.triggerIds()).stream().map(TriggerView::of).toList();
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Try a saved or draft trigger on recent tickets, without side effects",
            description = "Shows which tickets it matches (each condition's value) and where each would go. Round-robin "
                    + "and loads advance only within the run; nothing is stored or sent.")
    public DryRunView dryRun(@PathParam("serviceCode") String code, DryRunRequest request) {
        DryRunRequest r = body(request);
        return DryRunView.of(dryRun.run(callers.current(), code, new DryRun.Request(r.triggerId(),
                r.trigger() == null ? null : r.trigger().draft(), r.last(), r.from(), r.to())));
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw new ProblemException.Invalid("body", "a JSON body is required");
        }
        return request;
    }
}
