package io.switchboard.escalation.dooray.api;

import io.switchboard.escalation.dooray.application.DoorayProjects;
import io.switchboard.platform.access.Audience;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The escalation dialog's choices for one of the service's Dooray projects, read from Dooray on each call. */
@Path("/api/v1/dooray/services/{serviceCode}/projects/{projectId}")
@Tag(name = "Dooray")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public class DoorayProjectResource {

    private final DoorayProjects projects;

    DoorayProjectResource(DoorayProjects projects) {
        this.projects = projects;
    }

    @GET
    @Path("/members")
    @Extension(name = Audience.KEY, value = "member")
    @Operation(summary = "The Dooray project's members",
            description = "Who a task can be addressed to (to, cc). The project must be one of the connection's. "
                    + "Members of the service; 404 for everyone else. Dooray refusing the stored token is 502, "
                    + "Dooray unreachable 503 with Retry-After.")
    @APIResponse(responseCode = "200", description = "the members", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "members", value = "{\"items\":"
                    + "[{\"organizationMemberId\":\"3700000000000000101\",\"name\":\"Minji Choi\",\"role\":\"admin\"}]}")))
    public ProjectViews.Members members(@PathParam("serviceCode") String serviceCode,
                                        @PathParam("projectId") String projectId) {
        return ProjectViews.Members.of(projects.members(serviceCode, projectId));
    }

    @GET
    @Path("/tags")
    @Extension(name = Audience.KEY, value = "member")
    @Operation(summary = "The Dooray project's tags, by group",
            description = "Each group says whether a task needs one of its tags (mandatory) and whether it allows "
                    + "only one (selectOne); tags outside groups come apart. Members of the service; 404 for "
                    + "everyone else.")
    @APIResponse(responseCode = "200", description = "the tags", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "tags", value = "{\"groups\":"
                    + "[{\"id\":\"3700000000000002001\",\"name\":\"Kind\",\"mandatory\":true,\"selectOne\":true,"
                    + "\"tags\":[{\"id\":\"3700000000000002101\",\"name\":\"Bug\"}]}],\"ungroupedTags\":"
                    + "[{\"id\":\"3700000000000002301\",\"name\":\"VIP customer\"}]}")))
    public ProjectViews.Tags tags(@PathParam("serviceCode") String serviceCode,
                                  @PathParam("projectId") String projectId) {
        return ProjectViews.Tags.of(projects.tags(serviceCode, projectId));
    }
}
