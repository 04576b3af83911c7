package io.switchboard.notification.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.notification.application.CallbackSecrets;
import io.switchboard.notification.domain.CallbackSecret;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The secret that signs a service's callback requests (docs/operations.md shows receivers how to verify). */
@Path("/api/v1/notifications/services/{serviceCode}/callback-secret")
@Tag(name = "Callback secrets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "org-admin"})
public class CallbackSecretResource {

    private final CallbackSecrets secrets;

    CallbackSecretResource(CallbackSecrets secrets) {
        this.secrets = secrets;
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Operation(summary = "Rotate the callback secret",
            description = "Creates a new signing secret for the service and returns it — the only time it can be "
                    + "read. The previous secret stops signing at once. Service admins and org-admins.")
    @APIResponse(responseCode = "201", description = "the new secret; Location is where its id can be read again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "rotated",
                    value = "{\"id\":\"5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f\",\"serviceCode\":\"CS\","
                            + "\"secret\":\"q8Xb3n0V6mJ2c1sQ9wE4rT7yU5iO0pLaKzHgFdSx2Cv\","
                            + "\"createdAt\":\"2026-11-27T00:00:00Z\"}")))
    public Response rotate(@PathParam("serviceCode") String serviceCode, @Context UriInfo uri) {
        CallbackSecrets.Issued issued = secrets.rotate(serviceCode);
        return Response.created(uri.getRequestUri())
                .entity(new CallbackSecretView(issued.id(), issued.serviceCode(), issued.secret(), issued.createdAt()))
                .build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Operation(summary = "The current callback secret's id and creation time",
            description = "Never the secret itself. 404 while the service has none. Service admins and org-admins.")
    @APIResponse(responseCode = "200", description = "the current secret, without its value",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "current",
                    value = "{\"id\":\"5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f\",\"serviceCode\":\"CS\","
                            + "\"createdAt\":\"2026-11-27T00:00:00Z\"}")))
    public CallbackSecretView current(@PathParam("serviceCode") String serviceCode) {
        CallbackSecret secret = secrets.describe(serviceCode);
        return new CallbackSecretView(secret.id(), secret.serviceCode(), null, secret.createdAt());
    }
}
