package io.switchboard.notification.mail.application;

import io.switchboard.notification.application.Deliveries;
import io.switchboard.notification.application.MailConfig;
import io.switchboard.notification.domain.AttachmentRef;
import io.switchboard.notification.domain.CustomerReply;
import io.switchboard.notification.domain.Delivery;
import io.switchboard.notification.mail.domain.MailThreadEntry;
import io.switchboard.notification.mail.domain.ReplyRenderer;
import io.switchboard.notification.mail.domain.ReplyType;
import io.switchboard.notification.mail.domain.Threading;
import io.switchboard.notification.mail.domain.TicketCopy;
import io.switchboard.notification.mail.persistence.MailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Follows ticket-service's events to mail each hold and resolve reply to the customer, threaded into the
 * ticket's conversation, and keeps what previews need of each ticket. Every method runs in the consumer's
 * transaction with its processed-event record.
 */
@ApplicationScoped
public class CustomerReplies {

    /** A ticket's facts as an event carries them (TicketCreated, TicketUpdated). */
    public record TicketSeen(UUID ticketId, String serviceCode, String number, String title, String language,
                             String customerEmail, String customerName, Instant at) {
    }

    /** A message added to a ticket (MessageAdded). */
    public record MessageSeen(UUID eventId, TicketSeen ticket, UUID messageId, String type, boolean html, String body,
                              String mailMessageId, List<AttachmentRef> attachments) {
    }

    /** A message's characters were masked (MessageMasked): its body as it is now. */
    public record MessageMaskedSeen(UUID ticketId, UUID messageId, String type, boolean html, String body) {
    }

    private final MailRepository mail;
    private final ReplyComposer composer;
    private final Deliveries deliveries;
    private final MailConfig config;

    CustomerReplies(MailRepository mail, ReplyComposer composer, Deliveries deliveries, MailConfig config) {
        this.mail = mail;
        this.composer = composer;
        this.deliveries = deliveries;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public TicketCopy seen(TicketSeen seen) {
        Optional<TicketCopy> known = mail.lockTicket(seen.ticketId());
        TicketCopy copy = known.orElseGet(() -> {
            TicketCopy created = new TicketCopy(seen.ticketId(), seen.serviceCode(), seen.number(), seen.title(),
                    seen.at());
            mail.add(created);
            return created;
        });
        copy.update(seen.title(), seen.language(), seen.at());
        copy.customer(seen.customerEmail(), seen.customerName());
        return copy;
    }

    /**
     * A customer's mail joins the conversation; a hold or resolve reply is queued for the customer (once per
     * reply, whatever redelivers the event) and joins it too, so the next reply threads after it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void added(MessageSeen message) {
        TicketCopy ticket = seen(message.ticket());
        Instant at = message.ticket().at();
        if (message.mailMessageId() != null && !mail.inThread(ticket.ticketId(), message.mailMessageId())) {
            mail.add(new MailThreadEntry(ticket.ticketId(), message.mailMessageId(), true, at));
        }
        Optional<ReplyType> reply = ReplyType.ofMessageType(message.type());
        if (reply.isEmpty()) {
            return;
        }
        ReplyComposer.Composed composed = composer.compose(facts(ticket), reply.get(),
                new ReplyRenderer.Body(message.body(), message.html()));
        String mailMessageId = "<" + message.messageId() + "@" + config.messageIdDomain() + ">";
        Threading threading = Threading.after(mail.thread(ticket.ticketId()));
        ReplyRenderer.Rendered rendered = composed.rendered();
        boolean queued = deliveries.queue(new CustomerReply(message.messageId(), message.eventId(), ticket.ticketId(),
                ticket.serviceCode(), composed.from(), ticket.customerEmail(), rendered.subject(), rendered.html(),
                rendered.text(), mailMessageId, threading.inReplyTo(), threading.references(),
                message.attachments()));
        if (queued) {
            mail.add(new MailThreadEntry(ticket.ticketId(), mailMessageId, false, at));
        }
    }

    /**
     * A reply was masked after it was queued: its delivery is rendered again from the masked body (in the service's
     * layout as it is now), so the delivery log and a retry carry no more than the ticket shows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void masked(MessageMaskedSeen masked) {
        Optional<ReplyType> reply = ReplyType.ofMessageType(masked.type());
        Optional<Delivery> delivery = reply.flatMap(r -> deliveries.replyTo(masked.messageId()));
        Optional<TicketCopy> ticket = mail.lockTicket(masked.ticketId());
        if (delivery.isEmpty() || ticket.isEmpty()) {
            return;
        }
        ReplyRenderer.Rendered rendered = composer.compose(facts(ticket.get()), reply.get(),
                new ReplyRenderer.Body(masked.body(), masked.html())).rendered();
        delivery.get().replaceMaskedReply(rendered.html(), rendered.text());
    }

    static ReplyComposer.TicketFacts facts(TicketCopy ticket) {
        return new ReplyComposer.TicketFacts(ticket.serviceCode(), ticket.number(), ticket.title(), ticket.language(),
                ticket.customerEmail(), ticket.customerName());
    }
}
