package io.switchboard.ticket.integration.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.integration.application.IntegrationGrants;
import io.switchboard.ticket.integration.domain.Grant;
import io.switchboard.ticket.access.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which services each integration client (a Keycloak client with the integration role) may work in. */
@Path("/api/v1/integrations")
@Tag(name = "Integration grants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ORG_ADMIN)
public class IntegrationGrantResource {

    private final IntegrationGrants grants;

    IntegrationGrantResource(IntegrationGrants grants) {
        this.grants = grants;
    }

    @GET
    @Extension(name = Audience.KEY, value = "org-admin")
    @Path("/grants")
    @Operation(summary = "List the grants of every integration client, or of one (?clientId=)")
    @APIResponse(responseCode = "200", description = "By client id, then service code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "grants", value = """
                    [{"clientId": "demo-integration", "serviceCode": "CS", "createdAt": "2026-01-01T00:00:00Z"}]""")))
    public List<Grant> list(@QueryParam("clientId") String clientId) {
        return grants.list(clientId);
    }

    @PUT
    @Extension(name = Audience.KEY, value = "org-admin")
    @Path("/{clientId}/services/{serviceCode}")
    @Operation(summary = "Grant a service to an integration client",
            description = "Idempotent: 201 when the grant is new, 204 when it existed. The client id is the Keycloak "
                    + "client id (the token's azp). Unknown services are 404.")
    @APIResponse(responseCode = "201", description = "Granted")
    @APIResponse(responseCode = "204", description = "Was already granted")
    public Response grant(@PathParam("clientId") String clientId, @PathParam("serviceCode") String serviceCode) {
        return grants.grant(clientId, serviceCode) ? Response.status(Response.Status.CREATED).build()
                : Response.noContent().build();
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "org-admin")
    @Path("/{clientId}/services/{serviceCode}")
    @Operation(summary = "Take a service grant back", description = "The client's next request to that service is a 404.")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("clientId") String clientId, @PathParam("serviceCode") String serviceCode) {
        grants.revoke(clientId, serviceCode);
    }
}
