package io.switchboard.notification.inbound.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.notification.inbound.application.InboundMails;
import io.switchboard.notification.inbound.domain.InboundAttachment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The files of imported mail, which MailReceived names but does not carry (claim check). */
@Path("/api/v1/notifications/inbound-mails/{mailId}/attachments/{index}")
@Tag(name = "Inbound mail")
@RolesAllowed("service")
public class InboundAttachmentResource {

    private final InboundMails mails;

    InboundAttachmentResource(InboundMails mails) {
        this.mails = mails;
    }

    @GET
    @Extension(name = Audience.KEY, value = "switchboard")
    @Operation(summary = "A file of an imported mail",
            description = "For Switchboard's own services (realm role service): ticket-service stores it with the ticket.")
    @APIResponse(responseCode = "200", description = "the bytes, with the mail's content type")
    @APIResponse(responseCode = "404", description = "no such file (or purged after the retention)")
    public Response get(@PathParam("mailId") UUID mailId, @PathParam("index") int index) {
        InboundAttachment file = mails.attachment(mailId, index);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
