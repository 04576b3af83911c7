package io.switchboard.ticket.people.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The signed-in operator, their roles and the services they work in. */
public record MeView(String username, String displayName, String email, Set<String> roles,
                     List<ServiceView> services) {

    public record ServiceView(String code, String name, String type, String role, List<GroupView> groups) {
    }

    public record GroupView(UUID id, String name) {
    }
}
