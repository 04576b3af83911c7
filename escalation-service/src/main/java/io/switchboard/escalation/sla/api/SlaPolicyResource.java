package io.switchboard.escalation.sla.api;

import io.switchboard.escalation.sla.application.PolicyDraft;
import io.switchboard.escalation.sla.application.SlaPolicies;
import io.switchboard.escalation.sla.domain.SlaPolicy;
import io.switchboard.platform.access.Audience;
import io.switchboard.platform.problem.IfMatch;
import io.switchboard.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A service's SLA policies (docs/sla.md). */
@Path("/api/v1/sla/services/{serviceCode}/policies")
@Tag(name = "SLA")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public class SlaPolicyResource {

    static final String REQUEST_EXAMPLE = "{\"name\":\"VIP customers\",\"conditions\":[{\"target\":\"tags\","
            + "\"operator\":\"in\",\"values\":[\"vip\"]}],\"targets\":{\"URGENT\":{\"firstResponse\":\"PT1H\","
            + "\"nextResponse\":\"PT2H\",\"resolution\":\"PT8H\"},\"NORMAL\":{\"firstResponse\":\"PT4H\","
            + "\"nextResponse\":\"PT8H\",\"resolution\":\"P3D\"}},\"hours\":\"BUSINESS\",\"pauseIn\":[\"ON_HOLD\"],"
            + "\"warnBefore\":\"PT30M\",\"onBreach\":{\"raisePriority\":true,\"reassignGroupId\":null}}";

    public record Order(@Parameter(description = "every policy of the service once, in the new order")
                        List<UUID> ids) {
    }

    private final SlaPolicies policies;

    SlaPolicyResource(SlaPolicies policies) {
        this.policies = policies;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Operation(summary = "The service's SLA policies, in order",
            description = "The first enabled policy whose conditions all hold applies to a ticket. Members of the "
                    + "service; 404 for everyone else.")
    public PolicyView.Page list(@PathParam("serviceCode") String serviceCode) {
        return PolicyView.Page.of(policies.list(serviceCode));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Audience.KEY, value = "service-admin")
    @Operation(summary = "Add an SLA policy after the others",
            description = "Every invalid member is named in one 400. The service's tickets' clocks are recomputed. "
                    + "Admins of the service; other members 403, everyone else 404.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "policy", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "created; Location names it, ETag is its version")
    public Response create(@PathParam("serviceCode") String serviceCode, PolicyDraft draft, @Context UriInfo uri) {
        SlaPolicy policy = policies.create(serviceCode, required(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(policy.id().toString()).build())
                .tag(etag(policy)).entity(PolicyView.of(policy)).build();
    }

    @PUT
    @Path("/order")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Audience.KEY, value = "service-admin")
    @Operation(summary = "Reorder the SLA policies",
            description = "ids lists every policy of the service once; clocks are recomputed. Admins of the service; "
                    + "other members 403, everyone else 404.")
    public PolicyView.Page reorder(@PathParam("serviceCode") String serviceCode, Order order) {
        return PolicyView.Page.of(policies.reorder(serviceCode, order == null ? null : order.ids()));
    }

    @GET
    @Path("/{id}")
    @Extension(name = Audience.KEY, value = "member")
    @Operation(summary = "An SLA policy", description = "ETag is its version, for If-Match. Members of the service; "
            + "404 for everyone else.")
    public Response get(@PathParam("serviceCode") String serviceCode, @PathParam("id") UUID id) {
        SlaPolicy policy = policies.get(serviceCode, id);
        return Response.ok(PolicyView.of(policy)).tag(etag(policy)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Audience.KEY, value = "service-admin")
    @Operation(summary = "Replace an SLA policy",
            description = "The whole policy; with If-Match (or version in the body) the version read: 409 "
                    + "stale-version when it changed meanwhile. Clocks are recomputed. Admins of the service; other "
                    + "members 403, everyone else 404.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "policy", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "stale version")
    public Response replace(@PathParam("serviceCode") String serviceCode, @PathParam("id") UUID id,
                            @Parameter(description = "the version read, e.g. \"3\"") @HeaderParam("If-Match")
                            String ifMatch, PolicyDraft draft) {
        SlaPolicy policy = policies.replace(serviceCode, id, IfMatch.version(ifMatch), required(draft));
        return Response.ok(PolicyView.of(policy)).tag(etag(policy)).build();
    }

    @DELETE
    @Path("/{id}")
    @Extension(name = Audience.KEY, value = "service-admin")
    @Operation(summary = "Delete an SLA policy",
            description = "Tickets it applied to get the next matching policy, or none. Admins of the service; other "
                    + "members 403, everyone else 404.")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("serviceCode") String serviceCode, @PathParam("id") UUID id,
                       @Parameter(description = "the version read") @HeaderParam("If-Match") String ifMatch) {
        policies.delete(serviceCode, id, IfMatch.version(ifMatch));
    }

    private static PolicyDraft required(PolicyDraft draft) {
        if (draft == null) {
            throw new ProblemException.Invalid("request", "a JSON body is required");
        }
        return draft;
    }

    private static EntityTag etag(SlaPolicy policy) {
        return new EntityTag(String.valueOf(policy.version()));
    }
}
