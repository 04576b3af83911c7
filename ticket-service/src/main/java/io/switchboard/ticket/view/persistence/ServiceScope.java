package io.switchboard.ticket.view.persistence;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One service's part of a list request, resolved by the use case: who looks (an admin sees every sub-ticket),
 * the viewer's groups there, the creation-time range in instants (dates read in the service's time zone; the
 * end exclusive), and the custom-field criteria as JSON containment values ({"code": value}).
 */
public record ServiceScope(String serviceCode, String viewer, boolean admin, Set<UUID> myGroups,
                           Instant createdFrom, Instant createdBefore, Map<String, String> fieldContainments) {
}
