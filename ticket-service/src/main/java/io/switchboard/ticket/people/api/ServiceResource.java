package io.switchboard.ticket.people.api;

import io.switchboard.platform.access.Audience;
import io.switchboard.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.people.application.ServiceCatalog;
import io.switchboard.ticket.people.domain.Workspace;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisation's services; creating and changing them is for org-admins. */
@Path("/api/v1")
@Tag(name = "Services")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResource {

    private final ServiceCatalog catalog;
    private final Callers callers;

    ServiceResource(ServiceCatalog catalog, Callers callers) {
        this.catalog = catalog;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "org-admin")
    @Path("/services")
    @RolesAllowed(Caller.ORG_ADMIN)
    @Operation(summary = "List every service of the organisation")
    public List<ServiceView> list() {
        return catalog.list().stream().map(ServiceView::of).toList();
    }

    @POST
    @Extension(name = Audience.KEY, value = "org-admin")
    @Path("/services")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORG_ADMIN)
    @Operation(summary = "Create a service", description = "The code is unique and never changes; 409 if taken.")
    @APIResponse(responseCode = "201", description = "Created; Location names the service")
    public Response create(@NotNull ServiceRequest request, @Context UriInfo uri) {
        Workspace created = catalog.create(request.toDraft());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/services/{code}").build(created.code()))
                .entity(ServiceView.of(created)).build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin")
    @Path("/services/{serviceCode}")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Read a service's settings", description = "Org-admins and the service's members; others 404.")
    public ServiceView get(@PathParam("serviceCode") String code) {
        return ServiceView.of(catalog.get(callers.current(), code));
    }

    @PUT
    @Extension(name = Audience.KEY, value = "org-admin")
    @Path("/services/{serviceCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.ORG_ADMIN)
    @Operation(summary = "Change a service's settings", description = "Everything but the code, which never changes: "
            + "a code other than the service's is a 400 naming it.")
    public ServiceView update(@PathParam("serviceCode") String code, @NotNull ServiceRequest request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw new ProblemException.Invalid("code", "cannot be changed: a service keeps the code it was created with");
        }
        return ServiceView.of(catalog.update(code, request.toDraft()));
    }
}
