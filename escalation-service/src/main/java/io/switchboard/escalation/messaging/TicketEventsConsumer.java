package io.switchboard.escalation.messaging;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.escalation.application.TicketSnapshots;
import io.switchboard.escalation.domain.TicketChange;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
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
    @Blocking
    @Transactional
    public void onRecord(String record) {
        Optional<CloudEvent> parsed = inbox.parse(record);
        if (parsed.isEmpty()) {
            Log.warnf("Skipping a record that is not a CloudEvent: %.200s", record);
            return;
        }
        CloudEvent event = parsed.get();
        Optional<TicketChange> change;
        try {
            change = change(event);
        } catch (IllegalArgumentException e) {
            Log.warnf("Skipping event %s: %s", event.id(), e.getMessage());
            return;
        }
        if (change.isPresent() && inbox.firstDelivery(event)) {
            snapshots.apply(change.get());
        }
    }

    private Optional<TicketChange> change(CloudEvent event) {
        return switch (event.type()) {
            case TicketCreated.TYPE -> Optional.of(inbox.data(event, TicketCreated.class).change(event));
            case TicketAssigned.TYPE -> Optional.of(inbox.data(event, TicketAssigned.class).change(event));
            default -> Optional.empty();
        };
    }
}
