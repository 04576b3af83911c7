package io.switchboard.escalation.sla.domain;

import java.util.List;
import java.util.UUID;

/** What policy conditions and pauses look at; a ticket without a known priority counts as NORMAL. */
public record TicketFacts(Priority priority, String channel, List<UUID> inquiryTypePath, List<String> tags,
                          String status) {
    public TicketFacts {
        priority = priority == null ? Priority.NORMAL : priority;
        inquiryTypePath = List.copyOf(inquiryTypePath);
        tags = List.copyOf(tags);
    }
}
