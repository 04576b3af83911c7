package io.switchboard.escalation.dooray.api;

import io.switchboard.escalation.dooray.application.DoorayConnections;
import io.switchboard.platform.access.Audience;
import io.switchboard.platform.problem.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A service's connection to its Dooray! organisation (docs/dooray.md). */
@Path("/api/v1/dooray/services/{serviceCode}/connection")
@Tag(name = "Dooray")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public class DoorayConnectionResource {

    private static final String EXAMPLE = "{\"serviceCode\":\"CS\",\"organizationId\":\"3700000000000000001\","
            + "\"tokenSet\":true,\"tokenSetAt\":\"2026-11-27T00:00:00Z\",\"projects\":[{\"id\":\"3700000000000001001\","
            + "\"name\":\"CS escalations\",\"registrantMemberId\":\"3700000000000000101\"}],\"operators\":"
            + "[{\"username\":\"bob\",\"organizationMemberId\":\"3700000000000000102\"}],"
            + "\"hookPath\":\"/api/v1/dooray/hooks/q8Xb3n0V6mJ2c1sQ9wE4rT7yU5iO0pLaKzHgFdSx2Cv\","
            + "\"hookSecretSetAt\":\"2026-11-27T00:00:00Z\",\"updatedAt\":\"2026-11-27T00:00:00Z\","
            + "\"updatedBy\":\"alice\",\"mayAdminister\":true}";

    private final DoorayConnections connections;

    DoorayConnectionResource(DoorayConnections connections) {
        this.connections = connections;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Operation(summary = "The service's Dooray connection",
            description = "Organisation, projects and operators' Dooray members; whether a token is set and since "
                    + "when, never the token. The hook URL's path only for the service's admins. Members of the "
                    + "service; 404 for everyone else and while the service has no connection.")
    @APIResponse(responseCode = "200", description = "the connection", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "connection", value = EXAMPLE)))
    public ConnectionView get(@PathParam("serviceCode") String serviceCode) {
        return ConnectionView.of(connections.get(serviceCode));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Audience.KEY, value = "service-admin")
    @Operation(summary = "Create or replace the service's Dooray connection",
            description = "Checks the token and every project with Dooray first (GET /project/v1/projects/{id}): "
                    + "an invalid token, a project the token's organisation cannot use or that does not exist are "
                    + "400 naming the field; Dooray unreachable is 503 with Retry-After. The token is required on "
                    + "create and may be left out on replace to keep the stored one. Creating generates the hook "
                    + "secret. Admins of the service; other members 403, everyone else 404.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "create",
            value = "{\"organizationId\":\"3700000000000000001\",\"token\":\"the-tenant-token\",\"projects\":"
                    + "[{\"id\":\"3700000000000001001\",\"name\":\"CS escalations\",\"registrantMemberId\":"
                    + "\"3700000000000000101\"}],\"operators\":[{\"username\":\"bob\",\"organizationMemberId\":"
                    + "\"3700000000000000102\"}]}")))
    @APIResponse(responseCode = "201", description = "created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "connection", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "replaced")
    public Response put(@PathParam("serviceCode") String serviceCode, ConnectionRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new ProblemException.Invalid("request", "a JSON body is required");
        }
        DoorayConnections.Saved saved = connections.save(serviceCode, request.toChange());
        ConnectionView view = ConnectionView.of(saved.details());
        return saved.created() ? Response.created(uri.getRequestUri()).entity(view).build() : Response.ok(view).build();
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "service-admin")
    @Operation(summary = "Delete the service's Dooray connection",
            description = "Forgets the token, projects, operators' members and hook secret; Dooray's hooks to the old "
                    + "URL are refused from then on. Admins of the service; other members 403, everyone else 404.")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("serviceCode") String serviceCode) {
        connections.delete(serviceCode);
    }

    @POST
    @Path("/hook-secret")
    @Extension(name = Audience.KEY, value = "service-admin")
    @Operation(summary = "Rotate the Dooray hook secret",
            description = "A new secret in the hook URL: register the new hookPath in each Dooray project; the old "
                    + "URL stops working at once. Admins of the service; other members 403, everyone else 404.")
    @APIResponse(responseCode = "200", description = "the connection with its new hook path", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "connection", value = EXAMPLE)))
    public ConnectionView rotateHookSecret(@PathParam("serviceCode") String serviceCode) {
        return ConnectionView.of(connections.rotateHookSecret(serviceCode));
    }
}
