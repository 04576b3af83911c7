package io.switchboard.ticket.masking.api;

import io.switchboard.platform.access.Audience;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import io.switchboard.ticket.masking.application.MessageMasking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Personal-info masking (개인정보 마스킹) of a ticket's messages: docs/masking.md. */
@Path("/api/v1/tickets/{id}/messages/{messageId}/masks")
@Tag(name = "Masking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MaskResource {

    private final MessageMasking masking;
    private final Callers callers;

    MaskResource(MessageMasking masking, Callers callers) {
        this.masking = masking;
        this.callers = callers;
    }

    @POST
    @Extension(name = Audience.KEY, value = "assignee,service-admin")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Mask personal info in a message (the ticket's assignee or an admin)",
            description = "Replaces each character of the range but whitespace by * in the stored message; the "
                    + "original characters are kept only AES-256-GCM sealed. Offsets are Unicode code points of "
                    + "the message's text (an HTML body's text content). The service must enable masking (else "
                    + "403); customer messages, replies, comments and forward notes are masked (else 409); a "
                    + "range overlapping a mask is a 409; a range outside the text a 400 naming start or end.")
    @APIResponse(responseCode = "201", description = "Masked; Location names the mask")
    public Response mask(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId,
                         @NotNull MaskRequest request, @Context UriInfo uri) {
        return MaskView.created(uri, masking.mask(callers.current(), id, messageId, request.start(), request.end()));
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "service-admin,assignee")
    @Path("/{maskId}")
    @RolesAllowed(Caller.AGENT)
    @Operation(summary = "Unmask: restore what a mask hid",
            description = "Admins of the service always; the ticket's assignee only where the service lets "
                    + "operators unmask (else 403). The message's original characters are back in the row and in "
                    + "search.")
    @APIResponse(responseCode = "204", description = "Unmasked")
    public void unmask(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId,
                       @PathParam("maskId") UUID maskId) {
        masking.unmask(callers.current(), id, messageId, maskId);
    }
}
