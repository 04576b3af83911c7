package io.switchboard.notification.messaging;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.notification.application.Deliveries;
import io.switchboard.notification.domain.SlaNotice;
import io.switchboard.notification.persistence.OperatorContactRepository;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Mails the assignee one notice per SLA warning or breach of their ticket, however often Kafka delivers it. */
@ApplicationScoped
public class EscalationEventsConsumer {

    private final Inbox inbox;
    private final Deliveries deliveries;
    private final OperatorContactRepository contacts;

    EscalationEventsConsumer(Inbox inbox, Deliveries deliveries, OperatorContactRepository contacts) {
        this.inbox = inbox;
        this.deliveries = deliveries;
        this.contacts = contacts;
    }

    @Incoming("escalation-events")
    @Blocking
    public void onRecord(String record) {
        inbox.receive(record, Set.of(SlaEvents.SLA_WARNED, SlaEvents.SLA_BREACHED), this::notice);
    }

    private void notice(CloudEvent event) {
        SlaEvents.SlaAlert alert = inbox.data(event, SlaEvents.SlaAlert.class);
        if (alert.assignee() == null) {
            Log.debugf("SLA event %s: ticket %s has no assignee to tell", event.id(), alert.number());
            return;
        }
        contacts.find(alert.assignee()).ifPresentOrElse(
                assignee -> deliveries.queue(event.id(), alert.serviceCode(), new SlaNotice(alert.ticketId(),
                        alert.number(), alert.metric(), alert.policy() == null ? "SLA policy" : alert.policy().name(),
                        alert.dueAt(), SlaEvents.SLA_BREACHED.equals(event.type()), assignee)),
                () -> Log.warnf("SLA event %s: no address is known for %s", event.id(), alert.assignee()));
    }
}
