package io.switchboard.ticket.masking.api;

import io.switchboard.platform.access.Audience;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.masking.application.MessageMasking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Personal-info masking (개인정보 마스킹) of the ticket's own content, the inquiry that is no message: docs/masking.md.
 * The same rules as a message's masks; the content is plain text.
 */
@Path("/api/v1/tickets/{id}/content/masks")
@Tag(name = "Masking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContentMaskResource {

    private final MessageMasking masking;
    private final Callers callers;

    ContentMaskResource(MessageMasking masking, Callers callers) {
        this.masking = masking;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,integration")
    @RolesAllowed({Caller.AGENT, Caller.INTEGRATION})
    @Operation(summary = "The masked ranges of the ticket's content",
            description = "By position; the content itself (GET /api/v1/tickets/{id}) holds * where they are.")
    public List<MaskView> list(@PathParam("id") UUID id) {
        return masking.contentMasks(callers.current(), id).stream().map(MaskView::of).toList();
    }

    @POST
    @Extension(name = Audience.KEY, value = "assignee,service-admin")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Mask personal info in the ticket's content (the ticket's assignee or an admin)",
            description = "Replaces each character of the range but whitespace by * in the stored content; the "
                    + "original characters are kept only AES-256-GCM sealed. Offsets are Unicode code points of the "
                    + "content. The ticket's version does not change. The service must enable masking (else 403); "
                    + "a range overlapping a mask is a 409; a range outside the content a 400 naming start or end.")
    @APIResponse(responseCode = "201", description = "Masked; Location names the mask")
    public Response mask(@PathParam("id") UUID id, @NotNull MaskRequest request, @Context UriInfo uri) {
        return MaskView.created(uri, masking.maskContent(callers.current(), id, request.start(), request.end()));
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "service-admin,assignee")
    @Path("/{maskId}")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Unmask: restore what a mask of the content hid",
            description = "Admins of the service always; the ticket's assignee only where the service lets "
                    + "operators unmask (else 403). The original characters are back in the content and in search.")
    @APIResponse(responseCode = "204", description = "Unmasked")
    public void unmask(@PathParam("id") UUID id, @PathParam("maskId") UUID maskId) {
        masking.unmaskContent(callers.current(), id, maskId);
    }
}
