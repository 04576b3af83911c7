package io.switchboard.ticket.field.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.field.application.Fields;
import io.switchboard.ticket.field.domain.FieldDefinition;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
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
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Customer and operator fields of a service (PRODUCT.md §4). Service admins and org-admins manage
 * them; operators read those they may see (admin-only ones are for admins), integrations the active
 * customer fields.
 */
@Path("/api/v1")
@Tag(name = "Fields")
@Produces(MediaType.APPLICATION_JSON)
public class FieldResource {

    private static final String EXAMPLE = """
            {"code": "order_no", "scope": "CUSTOMER", "type": "text",
             "names": {"en": "Order number", "ko": "주문 번호"}, "options": [], "required": true, "encrypted": false,
             "adminOnly": false, "active": true, "position": 1,
             "inquiryTypeIds": ["d0000000-0000-4000-8000-000000000001"]}""";

    private final Fields fields;
    private final Callers callers;

    FieldResource(Fields fields, Callers callers) {
        this.fields = fields;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin,integration")
    @Path("/services/{serviceCode}/fields")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "The service's fields, in display order")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "fields", value = "[" + EXAMPLE + "]")))
    public List<FieldView> list(@PathParam("serviceCode") String serviceCode) {
        return fields.list(callers.current(), serviceCode).stream().map(FieldView::of).toList();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin,integration")
    @Path("/services/{serviceCode}/fields/{code}")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "One field")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "field", value = EXAMPLE)))
    public FieldView get(@PathParam("serviceCode") String serviceCode, @PathParam("code") String code) {
        return FieldView.of(fields.get(callers.current(), serviceCode, code));
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/fields")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Create a field (service admins)",
            description = "A code used before in the service, even by a deleted field, is a 409.")
    @APIResponse(responseCode = "201", description = "Created; Location names the field",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "field", value = EXAMPLE)))
    public Response create(@PathParam("serviceCode") String serviceCode, @Valid @NotNull FieldRequests.Create request,
                           @Context UriInfo uri) {
        FieldDefinition created = fields.create(callers.current(), serviceCode, request.toNewField());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(FieldView.of(created)).build();
    }

    @PUT
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/fields/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Change a field's names, options, flags and position (service admins)",
            description = "\"active\": false deactivates it: kept on tickets, no longer offered to customers.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "field", value = EXAMPLE)))
    public FieldView update(@PathParam("serviceCode") String serviceCode, @PathParam("code") String code,
                            @Valid @NotNull FieldRequests.Update request) {
        return FieldView.of(fields.update(callers.current(), serviceCode, code, request.toSettings()));
    }

    @PUT
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/fields/{code}/inquiry-types")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Set the inquiry types a customer field belongs to (service admins)",
            description = "Subtypes of a linked type ask for the field too.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "field", value = EXAMPLE)))
    public FieldView link(@PathParam("serviceCode") String serviceCode, @PathParam("code") String code,
                          @Valid @NotNull FieldRequests.Link request) {
        return FieldView.of(fields.link(callers.current(), serviceCode, code, new LinkedHashSet<>(request.inquiryTypeIds())));
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/fields/{code}")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Delete a field (service admins)",
            description = "Values on tickets are no longer shown; the code stays taken for ever.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("serviceCode") String serviceCode, @PathParam("code") String code) {
        fields.delete(callers.current(), serviceCode, code);
        return Response.noContent().build();
    }
}
