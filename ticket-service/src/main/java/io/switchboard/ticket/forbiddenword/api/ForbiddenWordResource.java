package io.switchboard.ticket.forbiddenword.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.ticket.forbiddenword.application.ForbiddenWords;
import io.switchboard.ticket.forbiddenword.domain.ForbiddenWord;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.access.Callers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Forbidden words")
@Produces(MediaType.APPLICATION_JSON)
public class ForbiddenWordResource {

    @Schema(example = "{\"word\": \"바보\"}")
    public record ForbiddenWordRequest(@NotBlank @Size(max = 100) String word) {
    }

    public record ForbiddenWordView(UUID id, String word, String createdBy, Instant createdAt) {
        static ForbiddenWordView of(ForbiddenWord w) {
            return new ForbiddenWordView(w.id(), w.word(), w.createdBy(), w.createdAt());
        }
    }

    private final ForbiddenWords words;
    private final Callers callers;

    ForbiddenWordResource(ForbiddenWords words, Callers callers) {
        this.words = words;
        this.callers = callers;
    }

    @GET
    @Extension(name = Audience.KEY, value = "member,org-admin")
    @Path("/services/{serviceCode}/forbidden-words")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "The service's forbidden words (금칙어 / 禁則語)",
            description = "Hold and resolve replies containing one of them are refused.")
    public List<ForbiddenWordView> list(@PathParam("serviceCode") String code) {
        return words.list(callers.current(), code).stream().map(ForbiddenWordView::of).toList();
    }

    @POST
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/forbidden-words")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Add a forbidden word (service admins)")
    public Response add(@PathParam("serviceCode") String code, @Valid @NotNull ForbiddenWordRequest request,
                        @Context UriInfo uri) {
        ForbiddenWord added = words.add(callers.current(), code, request.word());
        return Response.created(uri.getAbsolutePathBuilder().path(added.id().toString()).build())
                .entity(ForbiddenWordView.of(added)).build();
    }

    @DELETE
    @Extension(name = Audience.KEY, value = "service-admin,org-admin")
    @Path("/services/{serviceCode}/forbidden-words/{id}")
    @RolesAllowed({Caller.ORG_ADMIN, Caller.AGENT})
    @Operation(summary = "Remove a forbidden word (service admins)")
    public Response remove(@PathParam("serviceCode") String code, @PathParam("id") UUID id) {
        words.remove(callers.current(), code, id);
        return Response.noContent().build();
    }
}
