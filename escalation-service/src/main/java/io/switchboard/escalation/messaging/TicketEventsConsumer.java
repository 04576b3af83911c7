package io.switchboard.escalation.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.switchboard.escalation.application.TicketSnapshots;
import io.switchboard.escalation.domain.TicketChange;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies each ticket event to the local snapshot exactly once, however often Kafka delivers it. */
@ApplicationScoped
public class TicketEventsConsumer {

    private final Inbox inbox;
    private final TicketSnapshots snapshots;

    TicketEventsConsumer(Inbox inbox, TicketSnapshots snapshots) {
        this.inbox = inbox;
        this.snapshots = snapshots;
    }

    @Incoming("ticket-events")
    @Blocking("ticket-events-consumers") // its own threads: never queued behind HTTP requests
    public void onRecords(List<String> records) { // a poll's worth of one partition, applied in one transaction
        inbox.receiveAll(records, Set.of(TicketCreated.TYPE, TicketAssigned.TYPE), event -> snapshots.apply(change(event)));
    }

    private TicketChange change(CloudEvent event) {
        return switch (event.type()) {
            case TicketCreated.TYPE -> inbox.data(event, TicketCreated.class).change(event);
            case TicketAssigned.TYPE -> inbox.data(event, TicketAssigned.class).change(event);
            default -> throw new IllegalArgumentException("not a ticket change: " + event.type());
        };
    }
}
