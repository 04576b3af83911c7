package io.switchboard.notification.messaging;

import io.smallrye.common.annotation.Blocking;
import io.switchboard.notification.application.Deliveries;
import io.switchboard.platform.events.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
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
    public void onRecord(String record) {
        inbox.receive(record, Set.of(TicketAssigned.TYPE),
                event -> {
                    TicketAssigned assigned = inbox.data(event, TicketAssigned.class);
                    deliveries.queue(event.id(), assigned.serviceCode(), assigned.notice());
                });
    }
}
