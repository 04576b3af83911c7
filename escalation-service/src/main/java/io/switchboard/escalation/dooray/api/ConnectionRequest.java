package io.switchboard.escalation.dooray.api;

import io.switchboard.escalation.dooray.application.ConnectionChange;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service's Dooray connection as an admin sets it (PUT creates or replaces it whole). */
@Schema(name = "DoorayConnectionRequest")
public record ConnectionRequest(
        @Schema(description = "the Dooray organisation's id", example = "3700000000000000001", required = true)
        String organizationId,
        @Schema(description = "the organisation's API token (Dooray: settings → API → personal/tenant token); "
                + "required when creating, omitted to keep the stored one; never returned", writeOnly = true)
        String token,
        @Schema(description = "the projects operators escalate to, 1 to 20, in the order the dialog shows them",
                required = true)
        List<Project> projects,
        @Schema(description = "operators' own Dooray members, so tasks and comments mention them; optional")
        List<Operator> operators) {

    @Schema(name = "DoorayProjectRequest")
    public record Project(
            @Schema(description = "Dooray project id", example = "3700000000000001001", required = true) String id,
            @Schema(description = "the name operators see", example = "CS escalations", required = true) String name,
            @Schema(description = "organizationMemberId of the representative registrant, whom the escalation dialog "
                    + "offers as the task's first recipient (to)", example = "3700000000000000101")
            String registrantMemberId) {
    }

    @Schema(name = "DoorayOperatorRequest")
    public record Operator(
            @Schema(description = "the operator's username, a member of the service", example = "bob", required = true)
            String username,
            @Schema(description = "their Dooray organizationMemberId", example = "3700000000000000102", required = true)
            String organizationMemberId) {
    }

    ConnectionChange toChange() {
        return new ConnectionChange(organizationId, Optional.ofNullable(token),
                projects == null ? List.of() : projects.stream()
                        .map(p -> new ConnectionChange.Project(p.id(), p.name(), p.registrantMemberId())).toList(),
                operators == null ? List.of() : operators.stream()
                        .map(o -> new ConnectionChange.Operator(o.username(), o.organizationMemberId())).toList());
    }
}
