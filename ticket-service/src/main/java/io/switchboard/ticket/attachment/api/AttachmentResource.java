package io.switchboard.ticket.attachment.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.attachment.application.AttachmentContent;
import io.switchboard.ticket.attachment.application.AttachmentService;
import io.switchboard.ticket.attachment.application.NewAttachment;
import io.switchboard.ticket.attachment.domain.Attachment;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/tickets/{ticketId}/attachments")
@Tag(name = "Attachments")
public class AttachmentResource {

    private static final String VIEW_EXAMPLE = """
            {"id": "5d2c1f0e-8a4b-4c6d-9e7f-0a1b2c3d4e5f", "fileName": "영수증.pdf", "contentType": "application/pdf",
             "size": 48213, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "createdAt": "2026-01-05T09:00:00Z"}""";

    private final AttachmentService attachments;
    private final Callers callers;

    AttachmentResource(AttachmentService attachments, Callers callers) {
        this.attachments = attachments;
        this.callers = callers;
    }

    @POST
    @Extension(name = Audience.KEY, value = "member,integration")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "Attach a file to a ticket",
            description = "multipart/form-data with the field `file`; at most 10 MB; images (png, jpeg, gif, webp), "
                    + "pdf, txt, csv, zip and office documents. Binary types are checked by their content too.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the download",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "attachment",
                    value = VIEW_EXAMPLE)))
    @APIResponse(responseCode = "413", description = "The file is larger than 10 MB")
    @APIResponse(responseCode = "415", description = "The type is not allowed, or name or content do not match it")
    public Response upload(@PathParam("ticketId") UUID ticketId, @RestForm("file") FileUpload file,
                           @Context UriInfo uri) {
        if (file == null) {
            throw new ProblemException.Invalid("file", "is required");
        }
        Attachment added = attachments.add(callers.current(), ticketId,
                new NewAttachment(file.fileName(), file.contentType(), file.size(), file.uploadedFile()));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/tickets/{ticketId}/attachments/{id}")
                .build(ticketId, added.id())).type(MediaType.APPLICATION_JSON_TYPE).entity(view(added)).build();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,integration")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "A ticket's attachments, oldest first")
    @APIResponse(responseCode = "200", description = "The attachments' metadata",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "attachments",
                    value = "[" + VIEW_EXAMPLE + "]")))
    public List<AttachmentView> list(@PathParam("ticketId") UUID ticketId) {
        return attachments.list(callers.current(), ticketId).stream().map(AttachmentResource::view).toList();
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,integration,switchboard")
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Caller.AGENT, Caller.INTEGRATION, Caller.SERVICE})
    @Operation(summary = "Download an attachment",
            description = "The file with its Content-Type and Content-Disposition: attachment; filename*=UTF-8''…. "
                    + "Switchboard's own services (realm role service) may download any ticket's files.")
    @APIResponse(responseCode = "200", description = "The file's bytes",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM))
    public Response download(@PathParam("ticketId") UUID ticketId, @PathParam("attachmentId") UUID attachmentId) {
        AttachmentContent found = attachments.get(callers.current(), ticketId, attachmentId);
        Attachment attachment = found.attachment();
        return Response.ok(found.content(), attachment.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(attachment.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static AttachmentView view(Attachment attachment) {
        return new AttachmentView(attachment.id(), attachment.fileName(), attachment.contentType(), attachment.size(),
                attachment.sha256(), attachment.createdAt());
    }
}
