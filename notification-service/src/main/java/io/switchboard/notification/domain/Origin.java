package io.switchboard.notification.domain;

import java.util.UUID;

/**
 * Where a routed delivery comes from: routing's stable delivery id (kept as the delivery's own id), the
 * event that carried it first, the ticket, the service and the trigger.
 */
public record Origin(UUID deliveryId, UUID eventId, UUID ticketId, String serviceCode, String triggerName) {

    public Origin {
        if (deliveryId == null || eventId == null || ticketId == null) {
            throw new IllegalArgumentException("a routed delivery needs its id, its event and its ticket");
        }
    }
}
