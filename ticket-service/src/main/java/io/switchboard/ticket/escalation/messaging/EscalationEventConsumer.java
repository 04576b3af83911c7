package io.switchboard.ticket.escalation.messaging;

import io.smallrye.common.annotation.Blocking;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import io.switchboard.ticket.escalation.application.DoorayTasks;
import io.switchboard.ticket.escalation.application.EscalationPayloads;
import io.switchboard.ticket.escalation.application.EscalationTransfers;
import io.switchboard.ticket.sla.application.SlaFollower;
import io.switchboard.ticket.sla.application.SlaPayloads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies escalation-service's events once each, however often Kafka delivers them: issue-management requests, the
 * life of Dooray tasks and SLA clocks. Keyed by ticket, so one ticket's events arrive in order.
 */
@ApplicationScoped
public class EscalationEventConsumer {

    private final Inbox inbox;
    private final Map<String, Consumer<CloudEvent>> handlers;

    EscalationEventConsumer(Inbox inbox, EscalationTransfers transfers, DoorayTasks dooray, SlaFollower sla) {
        this.inbox = inbox;
        this.handlers = Map.of(
                EscalationPayloads.ESCALATION_REQUESTED, event -> transfers.request(
                        inbox.data(event, EscalationPayloads.EscalationRequested.class)),
                EscalationPayloads.DOORAY_TASK_CREATED, event -> dooray.created(
                        inbox.data(event, EscalationPayloads.DoorayTaskCreated.class)),
                EscalationPayloads.DOORAY_TASK_CHANGED, event -> dooray.changed(
                        inbox.data(event, EscalationPayloads.DoorayTaskChanged.class)),
                EscalationPayloads.DOORAY_COMMENT_ADDED, event -> dooray.commented(
                        inbox.data(event, EscalationPayloads.DoorayCommentAdded.class)),
                SlaPayloads.SLA_CLOCKS_CHANGED, event -> sla.clocksChanged(
                        inbox.data(event, SlaPayloads.SlaClocksChanged.class)),
                SlaPayloads.SLA_WARNED, event -> sla.warned(inbox.data(event, SlaPayloads.SlaWarned.class)),
                SlaPayloads.SLA_BREACHED, event -> sla.breached(inbox.data(event, SlaPayloads.SlaBreached.class)));
    }

    @Incoming("escalation-events")
    @Blocking
    public void onRecord(String record) {
        inbox.receive(record, handlers.keySet(), event -> handlers.get(event.type()).accept(event));
    }
}
