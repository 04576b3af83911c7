package io.switchboard.escalation.dooray.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.switchboard.escalation.dooray.application.ConnectionDetails;
import io.switchboard.escalation.dooray.domain.DoorayConnection;
import io.switchboard.escalation.dooray.domain.HookSecret;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service's Dooray connection; never the token, and the hook URL's path only for the service's admins. */
@Schema(name = "DoorayConnection")
public record ConnectionView(
        String serviceCode,
        String organizationId,
        @Schema(description = "always true: a connection has a token; the token itself is never returned")
        boolean tokenSet,
        Instant tokenSetAt,
        List<ProjectView> projects,
        List<OperatorView> operators,
        @Schema(description = "where Dooray is to post the projects' hooks (Dooray: project settings → hooks), "
                + "after Switchboard's public address; service admins only, as anyone who knows it can post to it",
                example = "/api/v1/dooray/hooks/q8Xb3n0V6mJ2c1sQ9wE4rT7yU5iO0pLaKzHgFdSx2Cv")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String hookPath,
        Instant hookSecretSetAt,
        Instant updatedAt,
        String updatedBy,
        @Schema(description = "whether the caller may change the connection (an admin of the service)")
        boolean mayAdminister) {

    @Schema(name = "DoorayProject")
    public record ProjectView(String id, String name, String registrantMemberId) {
    }

    @Schema(name = "DoorayOperator")
    public record OperatorView(String username, String organizationMemberId) {
    }

    static ConnectionView of(ConnectionDetails details) {
        DoorayConnection c = details.connection();
        return new ConnectionView(c.serviceCode(), c.organizationId(), true, c.tokenSetAt(),
                c.projects().stream().map(p -> new ProjectView(p.projectId(), p.name(),
                        p.registrantMemberId().orElse(null))).toList(),
                c.operatorMembers().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new OperatorView(e.getKey(), e.getValue())).toList(),
                details.hookSecret().map(HookSecret::path).orElse(null), c.hookSecretSetAt(), c.updatedAt(),
                c.updatedBy(), details.mayAdminister());
    }
}
