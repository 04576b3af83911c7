package io.switchboard.ticket.ticket.messaging;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import io.switchboard.ticket.ticket.application.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies routing-service's decisions once each, however often Kafka delivers them. */
@ApplicationScoped
public class RoutingDecisionConsumer {

    private final Inbox inbox;
    private final TicketService tickets;

    RoutingDecisionConsumer(Inbox inbox, TicketService tickets) {
        this.inbox = inbox;
        this.tickets = tickets;
    }

    @Incoming("routing-decisions")
    @Blocking
    @Transactional
    public void onRecord(String record) {
        Optional<CloudEvent> parsed = inbox.parse(record);
        if (parsed.isEmpty()) {
            Log.warnf("Skipping a record that is not a CloudEvent: %.200s", record);
            return;
        }
        CloudEvent event = parsed.get();
        if (!RoutingDecision.TYPE.equals(event.type()) || !inbox.firstDelivery(event)) {
            return;
        }
        tickets.applyRoutingDecision(inbox.data(event, RoutingDecision.class));
    }
}
