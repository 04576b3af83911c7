package io.switchboard.ticket.escalation.messaging;

import io.smallrye.common.annotation.Blocking;
import io.switchboard.platform.events.Inbox;
import io.switchboard.ticket.escalation.application.EscalationPayloads;
import io.switchboard.ticket.escalation.application.EscalationTransfers;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies escalation-service's requests once each, however often Kafka delivers them. */
@ApplicationScoped
public class EscalationEventConsumer {

    private final Inbox inbox;
    private final EscalationTransfers transfers;

    EscalationEventConsumer(Inbox inbox, EscalationTransfers transfers) {
        this.inbox = inbox;
        this.transfers = transfers;
    }

    @Incoming("escalation-events")
    @Blocking
    public void onRecord(String record) {
        inbox.receive(record, Set.of(EscalationPayloads.ESCALATION_REQUESTED), event -> transfers.request(
                inbox.data(event, EscalationPayloads.EscalationRequested.class)));
    }
}
