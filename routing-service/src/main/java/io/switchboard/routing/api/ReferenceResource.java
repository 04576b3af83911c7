package io.switchboard.routing.api;

import io.switchboard.platform.access.Audience;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import io.switchboard.routing.application.Caller;
import io.switchboard.routing.domain.AssignMode;
import io.switchboard.routing.domain.Operator;
import io.switchboard.routing.domain.Results;
import io.switchboard.routing.domain.Target;
import io.switchboard.routing.domain.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a trigger may contain, for editors: targets with their operators and values, results, codes. */
@Path("/api/v1/routing/reference")
@Tag(name = "Triggers")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    public record TargetView(String name, String kind, List<Operator> operators, List<String> values) {
    }

    public record Reference(List<TargetView> targets, List<AssignMode> assignModes,
                            List<Results.Recipient> notifyRecipients, List<Results.Priority> priorities,
                            List<String> replacementCodes) {
    }

    @GET
    @Extension(name = Audience.KEY, value = "agent,org-admin")
    @RolesAllowed({Caller.AGENT, Caller.ORG_ADMIN})
    @Operation(summary = "Condition targets, their operators and values; results; replacement codes")
    public Reference reference() {
        List<TargetView> targets = Stream.of(Target.values())
                .map(t -> new TargetView(t.name(), t.kind().name(), List.copyOf(t.kind().operators()), t.choices()))
                .toList();
        return new Reference(targets, List.of(AssignMode.values()), List.of(Results.Recipient.values()),
                List.of(Results.Priority.values()), Template.CODES.stream().map(c -> "{{" + c + "}}").toList());
    }
}
