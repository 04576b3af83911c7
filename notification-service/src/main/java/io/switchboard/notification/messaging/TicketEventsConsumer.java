package io.switchboard.notification.messaging;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.notification.application.Deliveries;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Queues one assignment notice per TicketAssigned event, however often Kafka delivers it. The mail itself
 * goes out after commit ({@link io.switchboard.notification.application.DeliverySender}), never in here.
 */
@ApplicationScoped
public class TicketEventsConsumer {

    private final Inbox inbox;
    private final Deliveries deliveries;

    TicketEventsConsumer(Inbox inbox, Deliveries deliveries) {
        this.inbox = inbox;
        this.deliveries = deliveries;
    }

    @Incoming("ticket-events")
    @Blocking
    @Transactional
    public void onRecord(String record) {
        Optional<CloudEvent> parsed = inbox.parse(record);
        if (parsed.isEmpty()) {
            Log.warnf("Skipping a record that is not a CloudEvent: %.200s", record);
            return;
        }
        CloudEvent event = parsed.get();
        if (!TicketAssigned.TYPE.equals(event.type())) {
            return;
        }
        TicketAssigned assigned;
        try {
            assigned = inbox.data(event, TicketAssigned.class);
        } catch (IllegalArgumentException e) {
            Log.warnf("Skipping event %s: %s", event.id(), e.getMessage());
            return;
        }
        if (inbox.firstDelivery(event)) {
            deliveries.queue(event.id(), assigned.notice());
        }
    }
}
