package io.switchboard.routing.messaging;

import io.smallrye.common.annotation.Blocking;
import io.switchboard.platform.events.Inbox;
import io.switchboard.routing.application.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
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
        inbox.receive(record, Set.of(TicketCreated.TYPE),
                event -> router.route(inbox.data(event, TicketCreated.class).facts()));
    }
}
