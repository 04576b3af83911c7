package io.switchboard.ticket.ticket.messaging;

import io.switchboard.ticket.ticket.application.RoutingDecision;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.switchboard.platform.events.Inbox;
import io.switchboard.ticket.ticket.application.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
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
    @Blocking("routing-decisions-consumers") // its own threads: never queued behind HTTP requests
    public void onRecords(List<String> records) { // a poll's worth of one partition, applied in one transaction
        inbox.receiveAll(records, Set.of(RoutingDecision.TYPE),
                event -> tickets.applyRoutingDecision(inbox.data(event, RoutingDecision.class)));
    }
}
