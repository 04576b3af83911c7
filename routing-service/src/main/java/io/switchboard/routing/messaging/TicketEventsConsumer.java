package io.switchboard.routing.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import io.switchboard.routing.application.Router;
import io.switchboard.routing.application.StateKeeper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Routes each new ticket exactly once, however often Kafka delivers its TicketCreated event; runs
 * on-update triggers on TicketUpdated; keeps the ticket copy from assignment and status events.
 */
@ApplicationScoped
public class TicketEventsConsumer {

    private static final Set<String> TYPES = Set.of(TicketEvents.CREATED, TicketEvents.UPDATED,
            TicketEvents.ASSIGNED, TicketEvents.STATUS_CHANGED);

    private final Inbox inbox;
    private final Router router;
    private final StateKeeper state;

    TicketEventsConsumer(Inbox inbox, Router router, StateKeeper state) {
        this.inbox = inbox;
        this.router = router;
        this.state = state;
    }

    @Incoming("ticket-events")
    @Blocking("ticket-events-consumers") // its own threads: never queued behind HTTP requests
    public void onRecords(List<String> records) { // a poll's worth of one partition, applied in one transaction
        inbox.receiveAll(records, TYPES, this::apply);
    }

    private void apply(CloudEvent event) {
        switch (event.type()) {
            case TicketEvents.CREATED -> {
                TicketEvents.Created created = inbox.data(event, TicketEvents.Created.class);
                if (created.placedByOperator()) {
                    router.ticketPlaced(created.facts());
                } else {
                    router.ticketCreated(created.facts());
                }
            }
            case TicketEvents.UPDATED -> {
                TicketEvents.Updated updated = inbox.data(event, TicketEvents.Updated.class);
                router.ticketUpdated(updated.facts(), updated.byTrigger());
            }
            case TicketEvents.ASSIGNED -> {
                TicketEvents.Assigned a = inbox.data(event, TicketEvents.Assigned.class);
                state.ticketAssigned(a.ticketId(), a.serviceCode(), a.number(), a.title(),
                        a.group() == null ? null : a.group().id(), a.assignee() == null ? null : a.assignee().username(),
                        a.assignedAt() == null ? event.time() : a.assignedAt());
            }
            case TicketEvents.STATUS_CHANGED -> {
                TicketEvents.StatusChanged s = inbox.data(event, TicketEvents.StatusChanged.class);
                state.ticketStatusChanged(s.ticketId(), s.to(), s.changedAt() == null ? event.time() : s.changedAt());
            }
            default -> throw new IllegalStateException("unexpected type " + event.type());
        }
    }
}
