package io.switchboard.ticket.template.api;

import io.switchboard.platform.access.Audience;
import io.switchboard.platform.problem.IfMatch;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.template.api.TemplateViews.CodeView;
import io.switchboard.ticket.template.api.TemplateViews.RenderedView;
import io.switchboard.ticket.template.api.TemplateViews.TemplatePageView;
import io.switchboard.ticket.template.api.TemplateViews.TemplateView;
import io.switchboard.ticket.template.application.Templates;
import io.switchboard.ticket.template.domain.ReplacementCode;
import io.switchboard.ticket.template.domain.Template;
import io.switchboard.ticket.template.domain.TemplateBody;
import io.switchboard.ticket.ticket.domain.MessageBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Templates")
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private static final String TEMPLATE_EXAMPLE = """
            {"id": "7d0c1a52-3f0e-4c1b-9a55-0b1c2d3e4f50", "serviceCode": "CS", "shared": false,
             "title": "환불 안내", "searchCode": "환불",
             "body": "<p>{{customer.name}} 고객님, 안녕하세요. {{service.name}}입니다.</p>", "format": "HTML",
             "processingTypeIds": ["e0000000-0000-4000-8000-000000000002"], "usageCount": 12, "manageable": true,
             "version": 3, "createdBy": "alice", "createdAt": "2026-01-05T09:00:00Z",
             "updatedBy": "alice", "updatedAt": "2026-01-06T10:00:00Z"}""";

    @Schema(example = """
            {"title": "환불 안내", "searchCode": "환불", "format": "HTML",
             "body": "<p>{{customer.name}} 고객님, 안녕하세요. {{service.name}}입니다.</p>",
             "processingTypeIds": ["e0000000-0000-4000-8000-000000000002"], "shared": false}""")
    public record TemplateRequest(
            @NotNull @Size(max = Template.MAX_TITLE) String title,
            @Schema(description = "1–20 letters or digits of any script (환불, へんきん, refund2)")
            @NotNull String searchCode,
            @Schema(description = "with replacement codes such as {{customer.name}}; HTML is sanitised")
            @NotNull @Size(max = TemplateBody.MAX_LENGTH) String body,
            @Schema(description = "TEXT (default) or HTML") MessageBody.Format format,
            @Schema(description = "ids of the service's processing types; must be empty for a shared template")
            Set<UUID> processingTypeIds,
            @Schema(description = "on create only: shared by every service (org-admins); ignored on change "
                    + "— a template stays what it was created as")
            Boolean shared) {

        Templates.Draft draft() {
            return new Templates.Draft(title, searchCode, body, format, processingTypeIds);
        }
    }

    @Schema(example = """
            {"customer": {"name": "김민지", "email": "minji@example.com"}, "title": "환불 요청"}""")
    public record NewTicketRenderRequest(@Valid CustomerValues customer, @Size(max = 200) String title) {
    }

    public record CustomerValues(@Size(max = 200) String name, @Email @Size(max = 254) String email) {
    }

    private final Templates templates;
    private final Callers callers;

    TemplateResource(Templates templates, Callers callers) {
        this.templates = templates;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "agent,org-admin")
    @Path("/templates/codes")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "The replacement codes a template body may contain",
            description = "Each with its placeholder as written in a body and its labels in en, ko and ja.")
    public List<CodeView> codes() {
        return Arrays.stream(ReplacementCode.values()).map(CodeView::of).toList();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin")
    @Path("/services/{serviceCode}/templates")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "The service's templates and the shared ones (템플릿 / テンプレート)",
            description = "q matches the search code or the title, ignoring case; templates whose search code "
                    + "starts with q come first, then by search code. total counts every match.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TemplatePageView.class),
            examples = @ExampleObject(name = "page", value = "{\"items\": [" + TEMPLATE_EXAMPLE + "], \"total\": 1}")))
    public TemplatePageView list(@PathParam("serviceCode") String serviceCode,
                                 @Parameter(description = "part of a search code or title", example = "환불")
                                 @QueryParam("q") @Size(max = 100) String q,
                                 @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        Templates.Page page = templates.search(callers.current(), serviceCode, q, offset, limit);
        return new TemplatePageView(page.items().stream().map(t -> TemplateView.of(t, page.manageable(t))).toList(),
                page.total());
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/templates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Create a template (service admins; shared ones org-admins)",
            description = "Every invalid member is named in one 400; unknown replacement codes are all listed "
                    + "(unknownCodes). A search code already used by the service or by a shared template is a 409.")
    @APIResponse(responseCode = "201", description = "The template; Location is its address, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateView.class),
                    examples = @ExampleObject(name = "created", value = TEMPLATE_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The search code is taken")
    public Response create(@PathParam("serviceCode") String serviceCode, @Valid @NotNull TemplateRequest request,
                           @Context UriInfo uri) {
        Caller caller = callers.current();
        Template created = templates.create(caller, serviceCode, Boolean.TRUE.equals(request.shared()), request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(versionTag(created)).entity(TemplateView.of(created, true)).build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin")
    @Path("/services/{serviceCode}/templates/{id}")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "One template of the service or a shared one", description = "ETag is its version.")
    public Response get(@PathParam("serviceCode") String serviceCode, @PathParam("id") UUID id) {
        Caller caller = callers.current();
        Template template = templates.get(caller, serviceCode, id);
        return Response.ok(TemplateView.of(template, templates.mayManage(caller, serviceCode, template)))
                .tag(versionTag(template)).build();
    }

    @PUT
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/templates/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Change a template (service admins; shared ones org-admins)",
            description = "Replaces title, search code, body, format and processing types; shared is ignored. "
                    + "The usage count stays.")
    @APIResponse(responseCode = "200", description = "The template; ETag is its new version")
    @APIResponse(responseCode = "409", description = "If-Match named an older version, or the search code is taken")
    public Response change(@PathParam("serviceCode") String serviceCode, @PathParam("id") UUID id,
                           @Parameter(description = "expected version") @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull TemplateRequest request) {
        Template changed = templates.change(callers.current(), serviceCode, id, IfMatch.version(ifMatch),
                request.draft());
        return Response.ok(TemplateView.of(changed, true)).tag(versionTag(changed)).build();
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/templates/{id}")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Delete a template (service admins; shared ones org-admins)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "If-Match named an older version")
    public Response delete(@PathParam("serviceCode") String serviceCode, @PathParam("id") UUID id,
                           @Parameter(description = "expected version") @HeaderParam("If-Match") String ifMatch) {
        templates.delete(callers.current(), serviceCode, id, IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member")
    @Path("/tickets/{ticketId}/templates/{templateId}/render")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "A template filled from the ticket, to insert into a reply",
            description = "Operators of the ticket's service; the template must be the service's or shared "
                    + "(else 404). Values are HTML-escaped in an HTML template; a missing value (no customer "
                    + "name) is empty. Each rendering adds one to the template's usage count.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RenderedView.class), examples = @ExampleObject(name = "rendered", value = """
                    {"templateId": "7d0c1a52-3f0e-4c1b-9a55-0b1c2d3e4f50",
                     "body": "<p>김민지 고객님, 안녕하세요. Customer Support입니다.</p>", "format": "HTML"}""")))
    public RenderedView renderForTicket(@PathParam("ticketId") UUID ticketId, @PathParam("templateId") UUID templateId) {
        return view(templates.renderFor(callers.current(), ticketId, templateId));
    }

    @POST
    @Extension(name = Audience.KEY, value = "member")
    @Path("/services/{serviceCode}/templates/{templateId}/render")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "A template filled for a ticket being created",
            description = "Operators of the service. The customer and title come from the create form; "
                    + "{{ticket.number}} is empty, as the ticket has none yet. Each rendering adds one to the "
                    + "template's usage count.")
    public RenderedView renderForNewTicket(@PathParam("serviceCode") String serviceCode,
                                           @PathParam("templateId") UUID templateId,
                                           @Valid @NotNull NewTicketRenderRequest request) {
        CustomerValues customer = request.customer();
        return view(templates.renderForNewTicket(callers.current(), serviceCode, templateId,
                customer == null ? null : customer.name(), customer == null ? null : customer.email(),
                request.title()));
    }

    private static RenderedView view(Templates.Rendered rendered) {
        return new RenderedView(rendered.template().id(), rendered.body(), rendered.template().format());
    }

    private static EntityTag versionTag(Template template) {
        return new EntityTag(Long.toString(template.version()));
    }
}
