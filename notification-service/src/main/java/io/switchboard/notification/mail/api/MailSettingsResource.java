package io.switchboard.notification.mail.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.notification.mail.application.MailSettingsAdmin;
import io.switchboard.notification.mail.domain.ReplyType;
import io.switchboard.platform.problem.IfMatch;
import io.switchboard.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A service's mail: sender, representative address, layouts, IMAP accounts, test mail. Service admins and org-admins. */
@Path("/api/v1/notifications/services/{serviceCode}")
@Tag(name = "Mail settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "org-admin"})
public class MailSettingsResource {

    private static final String SETTINGS_EXAMPLE = """
            {"serviceCode":"CS","senderName":"CS 고객센터","senderAddress":"cs@switchboard.local",
             "inboundAddress":"cs@switchboard.local","version":2,"defaultLanguage":"ko","languages":["ko","ja","en"],
             "layouts":[{"type":"RESOLVE","language":"ko","html":"<p>{{customer.name}} 고객님, 안녕하세요.</p>{{content}}",
               "updatedAt":"2026-12-01T10:00:00Z","version":1}],
             "imapAccounts":[{"id":"0f8e4a52-3c1d-4b7a-9e6f-2d5c8b1a7e30","host":"imap.example.com","port":993,
               "tls":true,"username":"cs@example.com","folder":"INBOX","enabled":true,"passwordSet":true,
               "lastPolledAt":"2026-12-01T10:00:05Z","lastError":null,"version":1}],
             "placeholders":["{{content}}","{{ticket.number}}","{{ticket.title}}","{{customer.name}}","{{service.name}}"]}""";

    private static final String IF_MATCH = "the version you read, e.g. \"3\" (absent: any); another one is a 409 "
            + "stale-version and changes nothing";

    private final MailSettingsAdmin admin;

    MailSettingsResource(MailSettingsAdmin admin) {
        this.admin = admin;
    }

    @GET
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/mail-settings")
    @Operation(summary = "The service's mail settings",
            description = "Sender, representative inbound address, its own layouts (types without one use the "
                    + "built-in layout), IMAP accounts without their passwords, and the layouts' placeholders.")
    @APIResponse(responseCode = "200", description = "the settings", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "settings", value = SETTINGS_EXAMPLE)))
    public MailSettingsView get(@PathParam("serviceCode") String serviceCode) {
        return MailSettingsView.of(admin.overview(serviceCode));
    }

    @PUT
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/mail-settings")
    @Operation(summary = "Change the sender and the representative address",
            description = "Replies to customers come from senderName <senderAddress> (without an address: the "
                    + "installation's default sender); inboundAddress is the address customers write to. Blank clears.")
    @APIResponse(responseCode = "200", description = "the settings", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "settings", value = SETTINGS_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "an address is not an e-mail address")
    @APIResponse(responseCode = "409", description = "stale-version: If-Match named another version than the stored one")
    public MailSettingsView put(@PathParam("serviceCode") String serviceCode, @Parameter(description = IF_MATCH)
                                @HeaderParam("If-Match") String ifMatch, MailRequests.Settings body) {
        require(body);
        return MailSettingsView.of(admin.change(serviceCode, IfMatch.version(ifMatch), body.senderName(),
                body.senderAddress(), body.inboundAddress()));
    }

    @PUT
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/mail-layouts/{type}/{language}")
    @Operation(summary = "Set the layout of a reply type in a language",
            description = "type RESOLVE (final reply) or HOLD (interim reply). The HTML must contain {{content}} "
                    + "exactly once, where the operator's reply goes; other placeholders: {{ticket.number}}, "
                    + "{{ticket.title}}, {{customer.name}}, {{service.name}}. Scripts and event handlers are removed; "
                    + "inline styles and tables stay.")
    @APIResponse(responseCode = "200", description = "the stored layout", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "layout", value = """
                    {"type":"HOLD","language":"ja","html":"<p>{{customer.name}} 様</p>{{content}}","updatedAt":"2026-12-01T10:00:00Z","version":1}""")))
    @APIResponse(responseCode = "400", description = "no {{content}}, an unknown placeholder, or an unknown type")
    @APIResponse(responseCode = "409", description = "stale-version: If-Match named another version (\"0\": none yet)")
    public MailSettingsView.LayoutView putLayout(@PathParam("serviceCode") String serviceCode,
                                                 @PathParam("type") String type, @PathParam("language") String language,
                                                 @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch,
                                                 MailRequests.Layout body) {
        require(body);
        return MailSettingsView.LayoutView.of(admin.putLayout(serviceCode, replyType(type), language,
                IfMatch.version(ifMatch), body.html()));
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/mail-layouts/{type}/{language}")
    @Operation(summary = "Remove a layout", description = "The reply type then uses the service's default language's "
            + "layout, else the built-in one.")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "404", description = "the service has no such layout")
    @APIResponse(responseCode = "409", description = "stale-version: If-Match named another version than the stored one")
    public void removeLayout(@PathParam("serviceCode") String serviceCode, @PathParam("type") String type,
                             @PathParam("language") String language,
                             @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        admin.removeLayout(serviceCode, replyType(type), language, IfMatch.version(ifMatch));
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/imap-accounts")
    @Operation(summary = "Add an IMAP account", description = "A mailbox whose mail becomes the service's tickets "
            + "and re-inquiries. The password is stored encrypted and never returned.")
    @APIResponse(responseCode = "201", description = "the account", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "account", value = """
                    {"id":"0f8e4a52-3c1d-4b7a-9e6f-2d5c8b1a7e30","host":"imap.example.com","port":993,"tls":true,
                     "username":"cs@example.com","folder":"INBOX","enabled":true,"passwordSet":true,
                     "lastPolledAt":null,"lastError":null,"version":1}""")))
    @APIResponse(responseCode = "400", description = "a field is missing or invalid (each named), also a host that "
            + "is or resolves to a non-public address unless switchboard.outbound.allowed-networks allows it")
    public Response addAccount(@PathParam("serviceCode") String serviceCode, MailRequests.ImapAccount body,
                               @Context UriInfo uri) {
        require(body);
        var account = admin.addAccount(serviceCode, body.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(account.id().toString()).build())
                .entity(MailSettingsView.ImapAccountView.of(account)).build();
    }

    @PUT
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/imap-accounts/{id}")
    @Operation(summary = "Change an IMAP account", description = "password absent or null keeps the stored one. "
            + "Pointing it at another mailbox or folder reads that one from its start.")
    @APIResponse(responseCode = "200", description = "the account")
    @APIResponse(responseCode = "404", description = "no such account in the service")
    @APIResponse(responseCode = "409", description = "stale-version: If-Match named another version than the stored one")
    public MailSettingsView.ImapAccountView changeAccount(@PathParam("serviceCode") String serviceCode,
                                                          @PathParam("id") UUID id,
                                                          @Parameter(description = IF_MATCH) @HeaderParam("If-Match")
                                                          String ifMatch, MailRequests.ImapAccount body) {
        require(body);
        return MailSettingsView.ImapAccountView.of(admin.changeAccount(serviceCode, id, IfMatch.version(ifMatch),
                body.draft()));
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/imap-accounts/{id}")
    @Operation(summary = "Remove an IMAP account", description = "Its mailbox is no longer read.")
    @APIResponse(responseCode = "204", description = "removed")
    @APIResponse(responseCode = "409", description = "stale-version: If-Match named another version than the stored one")
    public void removeAccount(@PathParam("serviceCode") String serviceCode, @PathParam("id") UUID id,
                              @Parameter(description = IF_MATCH) @HeaderParam("If-Match") String ifMatch) {
        admin.removeAccount(serviceCode, id, IfMatch.version(ifMatch));
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/test-mail")
    @Operation(summary = "Send a test mail", description = "Sends one mail in the service's final-reply layout from "
            + "its sender at once and says whether the SMTP server took it; not logged, not retried.")
    @APIResponse(responseCode = "200", description = "how it went", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "delivered", value = """
                    {"to":"alice@example.com","delivered":true,"error":null,"durationMillis":12}""")))
    public MailSettingsAdmin.TestResult testMail(@PathParam("serviceCode") String serviceCode, MailRequests.TestMail body) {
        require(body);
        return admin.testMail(serviceCode, body.to());
    }

    static ReplyType replyType(String type) {
        try {
            return ReplyType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ProblemException.Invalid("type", "must be RESOLVE or HOLD");
        }
    }

    static void require(Object body) {
        if (body == null) {
            throw new ProblemException.Invalid("body", "a JSON body is required");
        }
    }
}
