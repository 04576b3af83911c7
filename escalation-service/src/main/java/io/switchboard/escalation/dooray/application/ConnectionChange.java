package io.switchboard.escalation.dooray.application;

import java.util.List;
import java.util.Optional;

/**
 * An admin's new settings for a service's Dooray connection, as sent; {@link DoorayConnections} checks them.
 * An empty {@code token} keeps the stored one.
 */
public record ConnectionChange(String organizationId, Optional<String> token, List<Project> projects,
                               List<Operator> operators) {

    public ConnectionChange {
        projects = projects == null ? List.of() : List.copyOf(projects);
        operators = operators == null ? List.of() : List.copyOf(operators);
    }

    public record Project(String id, String name, String registrantMemberId) {
    }

    public record Operator(String username, String organizationMemberId) {
    }
}
