package io.switchboard.escalation.dooray.api;

import io.switchboard.escalation.dooray.application.DoorayHooks;
import io.switchboard.platform.access.Audience;
import io.switchboard.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where Dooray posts a connected project's webhooks; no token, the secret in the path is the credential. */
@Path("/api/v1/dooray/hooks/{secret}")
@Tag(name = "Dooray")
@PermitAll
public class DoorayHookResource {

    /** Dooray's hooks are a few kilobytes; a comment body is the largest part. */
    private static final int MAX_BODY = 256 * 1024;

    private final DoorayHooks hooks;

    DoorayHookResource(DoorayHooks hooks) {
        this.hooks = hooks;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Extension(name = Audience.KEY, value = "anyone")
    @Operation(summary = "Dooray's webhook receiver", description = "Register Switchboard's address + the connection's "
            + "hookPath in each Dooray project. postWorkflowChanged moves the escalated ticket, postCommentCreated adds "
            + "to its Dooray conversation; applied once however often Dooray sends it, other events ignored.")
    @APIResponse(responseCode = "200", description = "Taken")
    @APIResponse(responseCode = "404", description = "The secret is no connection's")
    @APIResponse(responseCode = "413", description = "Larger than 256 KiB")
    public Response receive(@PathParam("secret") String secret, byte[] body) {
        if (body != null && body.length > MAX_BODY) {
            throw new ProblemException.PayloadTooLarge("A Dooray hook is at most " + MAX_BODY / 1024 + " KiB.");
        }
        hooks.receive(secret, body == null ? new byte[0] : body);
        return Response.ok().build();
    }
}
