package io.switchboard.routing.messaging;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import io.switchboard.routing.application.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Routes each new ticket exactly once, however often Kafka delivers its TicketCreated event. */
@ApplicationScoped
public class TicketEventsConsumer {

    private final Inbox inbox;
    private final Router router;

    TicketEventsConsumer(Inbox inbox, Router router) {
        this.inbox = inbox;
        this.router = router;
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
        if (!TicketCreated.TYPE.equals(event.type()) || !inbox.firstDelivery(event)) {
            return;
        }
        router.route(inbox.data(event, TicketCreated.class).facts());
    }
}
