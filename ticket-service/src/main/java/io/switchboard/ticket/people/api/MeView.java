package io.switchboard.ticket.people.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The signed-in operator, their roles and the services they work in. */
public record MeView(String username, String displayName, String email, Set<String> roles,
                     List<ServiceView> services) {

    public record ServiceView(String code, String name, String type, String role, List<GroupView> groups,
                              @Schema(description = "Whether I may choose the group or assignee of a new ticket "
                                      + "(admins, and operators with the forward permission)")
                              boolean mayPlaceNewTickets) {
    }

    public record GroupView(UUID id, String name) {
    }
}
