package io.switchboard.ticket.mail.messaging;

import io.switchboard.ticket.mail.application.MailEventPayloads;
import io.smallrye.common.annotation.Blocking;
import io.switchboard.platform.events.CloudEvent;
import io.switchboard.platform.events.Inbox;
import io.switchboard.ticket.mail.application.InboundMails;
import io.switchboard.ticket.mail.application.MailOutcomes;
import io.switchboard.ticket.mail.domain.MailOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies notification-service's mail events once each, however often Kafka delivers them. */
@ApplicationScoped
public class MailEventConsumer {

    private final Inbox inbox;
    private final Map<String, Consumer<CloudEvent>> handlers;

    MailEventConsumer(Inbox inbox, MailOutcomes outcomes, InboundMails inboundMails) {
        this.inbox = inbox;
        this.handlers = Map.of(
                MailEventPayloads.MAIL_SENT, event -> {
                    MailEventPayloads.MailSent sent = inbox.data(event, MailEventPayloads.MailSent.class);
                    outcomes.record(new MailOutcome(sent.deliveryId(), sent.ticketId(), sent.kind(), sent.recipients(),
                            sent.subject(), null, sent.attempts(), sent.sentAt(), null), sent.ticketMessageId());
                },
                MailEventPayloads.MAIL_FAILED, event -> {
                    MailEventPayloads.MailFailed failed = inbox.data(event, MailEventPayloads.MailFailed.class);
                    outcomes.record(new MailOutcome(failed.deliveryId(), failed.ticketId(), failed.kind(),
                            failed.recipients(), failed.subject(), failed.reason(), failed.attempts(),
                            failed.failedAt(), null), failed.ticketMessageId());
                },
                MailEventPayloads.MAIL_RECEIVED, event -> inboundMails.apply(
                        inbox.data(event, MailEventPayloads.MailReceived.class)));
    }

    @Incoming("mail-events")
    @Blocking
    public void onRecord(String record) {
        inbox.receive(record, handlers.keySet(), event -> handlers.get(event.type()).accept(event));
    }
}
