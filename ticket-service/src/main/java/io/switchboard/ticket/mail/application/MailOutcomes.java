package io.switchboard.ticket.mail.application;

import io.quarkus.logging.Log;
import io.switchboard.ticket.mail.domain.MailOutcome;
import io.switchboard.ticket.mail.persistence.MailOutcomeRepository;
import io.switchboard.ticket.ticket.domain.MessageType;
import io.switchboard.ticket.ticket.domain.TicketMessage;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Records notification-service's sent and failed mails in the tickets' histories, once per delivery outcome. */
@ApplicationScoped
public class MailOutcomes {

    private final TicketRepository tickets;
    private final MailOutcomeRepository outcomes;

    MailOutcomes(TicketRepository tickets, MailOutcomeRepository outcomes) {
        this.tickets = tickets;
        this.outcomes = outcomes;
    }

    /**
     * Runs in the consumer's transaction. {@code ticketMessageId} names the reply a customer mail carried, so
     * the line says which reply went out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(MailOutcome reported, UUID ticketMessageId) {
        if (tickets.find(reported.ticketId()).isEmpty()) {
            Log.warnf("Mail delivery %s names unknown ticket %s; not recorded", reported.deliveryId(),
                    reported.ticketId());
            return;
        }
        MessageType reply = ticketMessageId == null ? null
                : tickets.message(ticketMessageId).filter(m -> m.ticketId().equals(reported.ticketId()))
                        .map(TicketMessage::type).orElse(null);
        MailOutcome outcome = reported.withReply(reply);
        if (outcomes.firstRecord(outcome)) {
            tickets.add(outcome.toTicketEvent());
        }
    }
}
