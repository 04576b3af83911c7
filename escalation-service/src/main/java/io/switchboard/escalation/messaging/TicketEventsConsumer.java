package io.switchboard.escalation.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.switchboard.escalation.application.Escalations;
import io.switchboard.escalation.application.TicketSnapshots;
import io.switchboard.escalation.domain.Escalation;
import io.switchboard.escalation.domain.TicketChange;
import io.switchboard.escalation.dooray.application.DoorayEvents;
import io.switchboard.escalation.dooray.application.DoorayTaskSync;
import io.switchboard.escalation.sla.application.SlaClocks;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies each ticket event exactly once, however often Kafka delivers it: the ticket changes to the local
 * snapshot (and the SLA clocks), ticket-service's reports of escalations to the escalations (issue-management and
 * Dooray).
 */
@ApplicationScoped
public class TicketEventsConsumer {

    private final Inbox inbox;
    private final TicketSnapshots snapshots;
    private final SlaClocks clocks;
    private final Map<String, Consumer<CloudEvent>> handlers;

    TicketEventsConsumer(Inbox inbox, TicketSnapshots snapshots, Escalations escalations, DoorayTaskSync dooray,
                         SlaClocks clocks) {
        this.inbox = inbox;
        this.snapshots = snapshots;
        this.clocks = clocks;
        this.handlers = Map.of(
                TicketCreated.TYPE, event -> ticketChanged(inbox.data(event, TicketCreated.class).change(event),
                        SlaClocks.Message.NONE),
                TicketAssigned.TYPE, event -> ticketChanged(inbox.data(event, TicketAssigned.class).change(event),
                        SlaClocks.Message.NONE),
                TicketStatusChanged.TYPE, event -> ticketChanged(
                        inbox.data(event, TicketStatusChanged.class).change(event), SlaClocks.Message.NONE),
                TicketUpdated.TYPE, event -> ticketChanged(inbox.data(event, TicketUpdated.class).change(event),
                        SlaClocks.Message.NONE),
                MessageAdded.TYPE, event -> {
                    MessageAdded added = inbox.data(event, MessageAdded.class);
                    ticketChanged(added.change(event), added.message());
                },
                EscalationReports.TICKET_ESCALATED, event -> {
                    EscalationReports.TicketEscalated escalated = inbox.data(event, EscalationReports.TicketEscalated.class);
                    escalations.opened(escalated.escalationId(), escalated.issue().ticketId(),
                            escalated.issue().number(), escalated.escalatedAt());
                },
                EscalationReports.ESCALATION_REFUSED, event -> {
                    EscalationReports.EscalationRefused refused = inbox.data(event, EscalationReports.EscalationRefused.class);
                    escalations.refused(refused.escalationId(), refused.reason(), refused.refusedAt());
                },
                EscalationReports.TICKET_ESCALATION_ANSWERED, event -> {
                    EscalationReports.TicketEscalationAnswered answered =
                            inbox.data(event, EscalationReports.TicketEscalationAnswered.class);
                    escalations.answered(answered.escalationId(), new Escalation.Answer(answered.action(),
                            answered.content(), answered.format(), answered.answeredBy(), answered.answeredAt()));
                },
                DoorayEvents.ESCALATION_REFUSED, event -> {
                    DoorayEvents.DoorayEscalationRefused refused =
                            inbox.data(event, DoorayEvents.DoorayEscalationRefused.class);
                    dooray.refused(refused.escalationId(), refused.reason(), refused.refusedAt());
                });
    }

    /** The snapshot takes the change, then the SLA clocks follow it; an older event changes neither. */
    private void ticketChanged(TicketChange change, SlaClocks.Message message) {
        if (snapshots.apply(change)) {
            clocks.ticketChanged(change.ticketId(), change.at(), message);
        }
    }

    @Incoming("ticket-events")
    @Blocking("ticket-events-consumers") // its own threads: never queued behind HTTP requests
    public void onRecords(List<String> records) { // a poll's worth of one partition, applied in one transaction
        inbox.receiveAll(records, handlers.keySet(), event -> handlers.get(event.type()).accept(event));
    }
}
