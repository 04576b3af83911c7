package io.switchboard.ticket.people.api;

import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.people.application.MemberChange;
import io.switchboard.ticket.people.domain.Membership;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An operator's membership as an admin sets it; {@code username} only on add (the path names it on update). */
@Schema(description = "A membership", example = """
        {"username": "erin", "role": "OPERATOR", "groups": ["a0000000-0000-4000-8000-000000000001"],
         "mayForward": true, "assignmentEnabled": true, "mayChangeOwnAssignment": false}""")
public record MemberRequest(
        @Schema(description = "Keycloak user name; required on add")
        @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9._@-]+$", message = "must be a Keycloak user name") String username,
        @NotNull Membership.Role role,
        @NotEmpty Set<UUID> groups,
        @Schema(defaultValue = "false") Boolean mayForward,
        @Schema(defaultValue = "true") Boolean assignmentEnabled,
        @Schema(defaultValue = "false") Boolean mayChangeOwnAssignment) {

    MemberChange toChange(String username) {
        if (username == null || username.isBlank()) {
            throw new ProblemException.Invalid("username", "must not be blank");
        }
        return new MemberChange(username.toLowerCase(Locale.ROOT),
                new Membership.Permissions(role, Boolean.TRUE.equals(mayForward), !Boolean.FALSE.equals(assignmentEnabled),
                        Boolean.TRUE.equals(mayChangeOwnAssignment)), groups);
    }
}
