package io.switchboard.notification.mail.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.notification.mail.application.MailPreviews;
import io.switchboard.notification.mail.domain.ReplyRenderer;
import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The mail a draft reply would become (PRODUCT.md §3.4 Preview). */
@Path("/api/v1/notifications/mail-previews")
@Tag(name = "Mail preview")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public class MailPreviewResource {

    static final int MAX_BODY = 200_000;

    private final MailPreviews previews;

    MailPreviewResource(MailPreviews previews) {
        this.previews = previews;
    }

    @POST
    @Extension(name = Audience.KEY, value = "member")
    @Operation(summary = "Preview a reply mail",
            description = "Renders a draft hold (HOLD) or resolve (RESOLVE) reply exactly as the customer would get "
                    + "it: sender, recipient, subject, HTML in the service's layout and the plain-text part. Forbidden "
                    + "words of the service are looked for in the text the customer reads (markup cannot hide one): "
                    + "forbiddenWords gives each with its offsets in text, markedHtml wraps each in "
                    + "<mark class=\"forbidden-word\">. Members of the ticket's service.")
    @APIResponse(responseCode = "200", description = "the mail", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "preview", value = """
                    {"from":"\\"CS 고객센터\\" <cs@switchboard.local>","to":"kim.minji@example.com",
                     "subject":"[CS-12] 결제 문의","html":"<!DOCTYPE html><html>…</html>",
                     "text":"Kim Minji 고객님, 안녕하세요. …","markedHtml":"<!DOCTYPE html><html>…</html>",
                     "forbiddenWords":[{"word":"baka","start":38,"end":42}]}""")))
    @APIResponse(responseCode = "400", description = "a field is missing or invalid (each named)")
    @APIResponse(responseCode = "404", description = "no such ticket, or not one of the caller's services")
    public MailPreviews.Preview preview(MailRequests.Preview body) {
        MailSettingsResource.require(body);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.ticketId() == null) {
            errors.add(new Problem.FieldError("ticketId", "is required"));
        }
        if (body.type() == null || !List.of("RESOLVE", "HOLD").contains(body.type())) {
            errors.add(new Problem.FieldError("type", "must be RESOLVE or HOLD"));
        }
        if (body.body() == null || body.body().length() > MAX_BODY) {
            errors.add(new Problem.FieldError("body", "is required, at most " + MAX_BODY + " characters"));
        }
        String format = body.bodyFormat() == null ? "TEXT" : body.bodyFormat();
        if (!List.of("TEXT", "HTML").contains(format)) {
            errors.add(new Problem.FieldError("bodyFormat", "must be TEXT or HTML"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The preview request is not valid.", errors);
        }
        return previews.preview(body.ticketId(), MailSettingsResource.replyType(body.type()),
                new ReplyRenderer.Body(body.body(), format.equals("HTML")));
    }
}
