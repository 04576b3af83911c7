package io.switchboard.ticket.people.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.people.application.GroupDetails;
import io.switchboard.ticket.people.application.MemberDetails;
import io.switchboard.ticket.people.application.PeopleAdmin;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Groups and memberships of one service. Org-admins and the service's ADMINs change them; its OPERATORs read them
 * (403 on changes); anyone else gets 404 so service codes do not leak.
 */
@Path("/api/v1")
@Tag(name = "Groups and members")
@Produces(MediaType.APPLICATION_JSON)
public class ServicePeopleResource {

    private final PeopleAdmin admin;
    private final Callers callers;

    ServicePeopleResource(PeopleAdmin admin, Callers callers) {
        this.admin = admin;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin")
    @Path("/services/{serviceCode}/groups")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "List a service's groups with their members")
    public List<GroupView> groups(@PathParam("serviceCode") String code) {
        return admin.groups(callers.current(), code).stream().map(GroupView::of).toList();
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Create a group", description = "Names are unique per service; 409 if taken.")
    @APIResponse(responseCode = "201", description = "Created; Location names the group")
    public Response createGroup(@PathParam("serviceCode") String code, @Valid @NotNull GroupRequest request,
                                @Context UriInfo uri) {
        GroupDetails created = admin.createGroup(callers.current(), code, request.name());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/services/{code}/groups/{id}")
                .build(code, created.group().id())).entity(GroupView.of(created)).build();
    }

    @PUT
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/groups/{groupId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Rename a group")
    public GroupView renameGroup(@PathParam("serviceCode") String code, @PathParam("groupId") UUID id,
                                 @Valid @NotNull GroupRequest request) {
        return GroupView.of(admin.renameGroup(callers.current(), code, id, request.name()));
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/groups/{groupId}")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Delete an empty group", description = "409 while the group has members.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void deleteGroup(@PathParam("serviceCode") String code, @PathParam("groupId") UUID id) {
        admin.deleteGroup(callers.current(), code, id);
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin")
    @Path("/services/{serviceCode}/members")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "List a service's members with role, groups and permissions")
    public List<MemberView> members(@PathParam("serviceCode") String code) {
        return admin.members(callers.current(), code).stream().map(MemberView::of).toList();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin")
    @Path("/services/{serviceCode}/members/{username}")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Read one membership")
    public MemberView member(@PathParam("serviceCode") String code, @PathParam("username") String username) {
        return MemberView.of(admin.member(callers.current(), code, username.toLowerCase(Locale.ROOT)));
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Add an operator to the service",
            description = "By Keycloak user name; an operator who never signed in is provisioned. 409 if already a member.")
    @APIResponse(responseCode = "201", description = "Added; Location names the membership")
    public Response addMember(@PathParam("serviceCode") String code, @Valid @NotNull MemberRequest request,
                              @Context UriInfo uri) {
        MemberDetails added = admin.addMember(callers.current(), code, request.toChange(request.username()));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/services/{code}/members/{username}")
                .build(code, added.operator().username())).entity(MemberView.of(added)).build();
    }

    @PUT
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/members/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Change a membership", description = "Replaces role, permissions and groups.")
    public MemberView updateMember(@PathParam("serviceCode") String code, @PathParam("username") String username,
                                   @Valid @NotNull MemberRequest request) {
        var change = request.toChange(username);
        return MemberView.of(admin.updateMember(callers.current(), code, change.username(), change));
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/members/{username}")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Remove an operator from the service and its groups")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeMember(@PathParam("serviceCode") String code, @PathParam("username") String username) {
        admin.removeMember(callers.current(), code, username.toLowerCase(Locale.ROOT));
    }
}
