package io.switchboard.ticket.typetree.api;

import io.switchboard.platform.access.Audience;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.typetree.application.TypeTreeAdmin;
import io.switchboard.ticket.typetree.domain.TypeNodeEntity;
import io.switchboard.ticket.typetree.domain.TypeTree;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The editing endpoints every type tree has (inquiry types, processing types), below the tree's own path; for the
 * service's admins and org-admins. Ids are stable: renaming and moving keep them.
 */
public abstract class TypeTreeAdminResource<T extends TypeNodeEntity> {

    @Schema(description = "A new type", example = """
            {"names": {"ko": "환불", "ja": "返金", "en": "Refund"},
             "parentId": "d0000000-0000-4000-8000-000000000001", "position": 1}""")
    public record NewTypeRequest(
            @Schema(description = "Names per language (ko, ja, en, …): at least one, each 1–100 characters",
                    required = true) Map<String, String> names,
            @Schema(description = "The parent type; omitted or null for a root. At most 5 levels.") UUID parentId,
            @Schema(description = "Place among the siblings, counted from 1; omitted means last", minimum = "1")
            Integer position) {
    }

    @Schema(description = "What to change of a type: its names (replaced as a whole), its active flag, or both",
            example = "{\"names\": {\"ko\": \"환불 요청\", \"ja\": \"返金依頼\", \"en\": \"Refund request\"}, \"active\": false}")
    public record TypeChangeRequest(
            @Schema(description = "Names per language: at least one, each 1–100 characters") Map<String, String> names,
            @Schema(description = "An inactive type (and everything below it) is offered to operators only, "
                    + "not to customers or integrations") Boolean active) {
    }

    @Schema(description = "Where to move a type, with everything below it",
            example = "{\"parentId\": null, \"position\": 2}")
    public record TypeMoveRequest(
            @Schema(description = "The new parent; null for a root. The type cannot go below itself, "
                    + "nor its subtree below the fifth level.") UUID parentId,
            @Schema(description = "Place among the new siblings, counted from 1; omitted means last", minimum = "1")
            Integer position) {
    }

    private final TypeTreeAdmin<T> admin;
    private final Callers callers;

    protected TypeTreeAdminResource(TypeTreeAdmin<T> admin, Callers callers) {
        this.admin = admin;
        this.callers = callers;
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Add a type (service admins)",
            description = "Siblings are renumbered 1…n. A type on the fifth level cannot have children (400 naming "
                    + "parentId).")
    @APIResponse(responseCode = "201", description = "The new type, with its id")
    public Response add(@PathParam("serviceCode") String serviceCode, @NotNull NewTypeRequest request,
                        @Context UriInfo uri) {
        T added = admin.add(callers.current(), serviceCode, request.names(), request.parentId(), request.position());
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(TypeView.of(new TypeTree.Node<>(added, List.of()))).build();
    }

    @PATCH
    @Path("/{id}")
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Rename or (de)activate a type (service admins)",
            description = "A type named by tickets is deactivated rather than deleted: tickets keep it, customers and "
                    + "integrations no longer see it or anything below it.")
    @APIResponse(responseCode = "200", description = "The type with everything below it")
    public TypeView change(@PathParam("serviceCode") String serviceCode, @PathParam("id") UUID id,
                           @NotNull TypeChangeRequest request) {
        return TypeView.of(admin.change(callers.current(), serviceCode, id, request.names(), request.active()));
    }

    @POST
    @Path("/{id}/move")
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Move or reorder a type with everything below it (service admins)",
            description = "One call per drag: a new parent (or none), a new place among the siblings, or both. The old "
                    + "and new siblings are renumbered 1…n.")
    @APIResponse(responseCode = "200", description = "The whole tree after the move")
    public List<TypeView> move(@PathParam("serviceCode") String serviceCode, @PathParam("id") UUID id,
                               @NotNull TypeMoveRequest request) {
        return TypeView.of(admin.move(callers.current(), serviceCode, id, request.parentId(), request.position()), true);
    }

    @DELETE
    @Path("/{id}")
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Delete a type with everything below it (service admins)",
            description = "Only while no ticket names the type or one below it (else 409: deactivate it instead). "
                    + "Customer fields linked to a deleted inquiry type are unlinked from it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("serviceCode") String serviceCode, @PathParam("id") UUID id) {
        admin.delete(callers.current(), serviceCode, id);
        return Response.noContent().build();
    }
}
