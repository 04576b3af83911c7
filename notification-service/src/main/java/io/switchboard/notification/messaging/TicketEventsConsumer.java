package io.switchboard.notification.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.switchboard.notification.application.Deliveries;
import io.switchboard.notification.mail.application.CustomerReplies;
import io.switchboard.notification.persistence.OperatorContactRepository;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Queues one assignment notice per TicketAssigned event and one customer mail per hold or resolve reply
 * (MessageAdded), however often Kafka delivers them, keeps a masked reply's delivery masked (MessageMasked), and
 * keeps what replies need of each ticket and where each assignee is mailed. Mails go out
 * after commit ({@link io.switchboard.notification.application.DeliverySender}), never in here.
 */
@ApplicationScoped
public class TicketEventsConsumer {

    private final Inbox inbox;
    private final Map<String, Consumer<CloudEvent>> handlers;

    TicketEventsConsumer(Inbox inbox, Deliveries deliveries, CustomerReplies replies, OperatorContactRepository contacts) {
        this.inbox = inbox;
        this.handlers = Map.of(
                TicketAssigned.TYPE, event -> {
                    TicketAssigned assigned = inbox.data(event, TicketAssigned.class);
                    deliveries.queue(event.id(), assigned.serviceCode(), assigned.notice());
                    contacts.keep(assigned.contact(), event.time()); // SLA notices reach the assignee by it too
                },
                TicketFacts.TicketCreated.TYPE,
                event -> replies.seen(inbox.data(event, TicketFacts.TicketCreated.class).seen()),
                TicketFacts.TicketUpdated.TYPE,
                event -> replies.seen(inbox.data(event, TicketFacts.TicketUpdated.class).seen()),
                TicketFacts.MessageAdded.TYPE,
                event -> replies.added(inbox.data(event, TicketFacts.MessageAdded.class).seen(event.id())),
                TicketFacts.MessageMasked.TYPE,
                event -> replies.masked(inbox.data(event, TicketFacts.MessageMasked.class).seen()));
    }

    @Incoming("ticket-events")
    @Blocking("ticket-events-consumers") // its own threads: never queued behind HTTP requests
    public void onRecord(String record) {
        inbox.receive(record, handlers.keySet(), event -> handlers.get(event.type()).accept(event));
    }
}
