package io.switchboard.notification.inbound.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.platform.paging.Cursor;
import io.switchboard.platform.paging.ListPosition;
import io.switchboard.notification.inbound.application.InboundMails;
import io.switchboard.notification.inbound.domain.InboundMail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inbound mail that could not be read: kept alone so the mailbox goes on, for an admin to release or delete. */
@Path("/api/v1/notifications/quarantined-mails")
@Tag(name = "Mail quarantine")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "org-admin"})
public class QuarantineResource {

    private static final String EXAMPLE = """
            {"id":"6a1f0c9e-2b3d-4e5f-8a7b-1c2d3e4f5a6b","serviceCode":"CS","mailbox":"cs@switchboard.local@127.0.0.1:3143/INBOX",
             "reason":"UNDECODABLE_CHARSET","detail":"the charset x-unknown-foo of a text part is not known",
             "from":"kim.minji@example.com","subject":"결제 문의","size":2048,"receivedAt":"2026-12-01T10:00:00Z"}""";

    /** A quarantined mail; {@code reason} MALFORMED, UNDECODABLE_CHARSET or TOO_LARGE. */
    public record QuarantinedMailView(UUID id, String serviceCode, String mailbox, String reason, String detail,
                                      String from, String subject, long size, Instant receivedAt) {
        static QuarantinedMailView of(InboundMail mail) {
            return new QuarantinedMailView(mail.id(), mail.serviceCode(), mail.mailbox(), mail.reason(), mail.detail(),
                    mail.fromAddress(), mail.subject(), mail.size(), mail.receivedAt());
        }
    }

    /** One header line as the mail has it (encoded words decoded). */
    public record HeaderView(String name, String value) {
    }

    /** A quarantined mail with its headers. */
    public record QuarantinedMailDetails(UUID id, String serviceCode, String mailbox, String reason, String detail,
                                         String from, String subject, long size, Instant receivedAt,
                                         List<HeaderView> headers) {
    }

    public record Page(List<QuarantinedMailView> items, String next) {
    }

    private final InboundMails mails;

    QuarantineResource(InboundMails mails) {
        this.mails = mails;
    }

    @GET
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Operation(summary = "Quarantined mail", description = "Newest first, of the services the caller administers "
            + "(all for org-admins).")
    @APIResponse(responseCode = "200", description = "one page", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "page", value = "{\"items\":[" + EXAMPLE + "],\"next\":null}")))
    public Page list(@QueryParam("serviceCode") String serviceCode, @QueryParam("cursor") String cursor,
                     @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        ListPosition after = Cursor.decode(cursor);
        InboundMails.Page page = mails.quarantined(serviceCode == null || serviceCode.isBlank() ? null : serviceCode,
                after == null ? null : after.createdAt(), after == null ? null : after.id(), limit);
        return new Page(page.mails().stream().map(QuarantinedMailView::of).toList(), page.next() == null ? null
                : Cursor.encode(new ListPosition(page.next().receivedAt(), page.next().id())));
    }

    @GET
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/{id}")
    @Operation(summary = "A quarantined mail and its headers")
    @APIResponse(responseCode = "200", description = "the mail")
    @APIResponse(responseCode = "404", description = "no such mail in the caller's services")
    public QuarantinedMailDetails get(@PathParam("id") UUID id) {
        InboundMail mail = mails.quarantined(id);
        List<HeaderView> headers = mail.headers() == null || mail.headers().isEmpty() ? List.of()
                : Arrays.stream(mail.headers().split("\n")).map(line -> {
                    int colon = line.indexOf(':');
                    return colon < 0 ? new HeaderView(line, "")
                            : new HeaderView(line.substring(0, colon), line.substring(colon + 1).strip());
                }).toList();
        return new QuarantinedMailDetails(mail.id(), mail.serviceCode(), mail.mailbox(), mail.reason(), mail.detail(),
                mail.fromAddress(), mail.subject(), mail.size(), mail.receivedAt(), headers);
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/{id}/release")
    @Operation(summary = "Release a quarantined mail as a ticket",
            description = "What could be read of it (its raw text; for an oversized mail, a note that it stays in the "
                    + "mailbox) becomes a customer inquiry from its sender, as a new ticket or a re-inquiry.")
    @APIResponse(responseCode = "202", description = "released; the ticket appears shortly")
    @APIResponse(responseCode = "409", description = "released already, or the mail names no sender")
    public Response release(@PathParam("id") UUID id) {
        mails.release(id);
        return Response.accepted().build();
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/{id}")
    @Operation(summary = "Delete a quarantined mail", description = "The copy here is deleted; the mailbox keeps its own.")
    @APIResponse(responseCode = "204", description = "deleted")
    public void delete(@PathParam("id") UUID id) {
        mails.delete(id);
    }
}
