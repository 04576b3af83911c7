package io.switchboard.ticket.ticket.application;

import io.switchboard.ticket.ticket.domain.Priority;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Attribute values a caller asked for. A null component leaves the attribute as it is (a new ticket:
 * its default); for the type ids an empty Optional clears the type. Field values merge by code,
 * null clearing one.
 */
public record RequestedAttributes(Priority priority, String language, Optional<UUID> inquiryTypeId,
                                  Optional<UUID> processingTypeId, List<String> tags, Map<String, Object> fields) {

    public static final RequestedAttributes NONE = new RequestedAttributes(null, null, null, null, null, null);
}
