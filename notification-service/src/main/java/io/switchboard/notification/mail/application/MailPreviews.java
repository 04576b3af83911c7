package io.switchboard.notification.mail.application;

import io.switchboard.notification.application.ServiceAccess;
import io.switchboard.notification.domain.ServiceCopy;
import io.switchboard.notification.mail.domain.ForbiddenWordMatch;
import io.switchboard.notification.mail.domain.ReplyRenderer;
import io.switchboard.notification.mail.domain.ReplyType;
import io.switchboard.notification.mail.domain.TicketCopy;
import io.switchboard.notification.mail.persistence.MailRepository;
import io.switchboard.notification.persistence.ServiceCopyRepository;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The mail a draft reply would become, exactly as it would be sent, with its forbidden words marked. */
@ApplicationScoped
public class MailPreviews {

    /** The preview: the mail's headers and parts, the forbidden words found in the reply's text. */
    public record Preview(String from, String to, String subject, String html, String text, String markedHtml,
                          List<ForbiddenWordMatch> forbiddenWords) {
    }

    private final MailRepository mail;
    private final ServiceCopyRepository services;
    private final ReplyComposer composer;
    private final ServiceAccess access;

    MailPreviews(MailRepository mail, ServiceCopyRepository services, ReplyComposer composer, ServiceAccess access) {
        this.mail = mail;
        this.services = services;
        this.composer = composer;
        this.access = access;
    }

    /** For members of the ticket's service; 404 for anyone else and for tickets this service has not heard of. */
    @Transactional
    public Preview preview(UUID ticketId, ReplyType type, ReplyRenderer.Body body) {
        TicketCopy ticket = mail.ticket(ticketId).orElseThrow(() -> notFound(ticketId));
        access.requireMember(ticket.serviceCode(), () -> notFound(ticketId));
        ReplyComposer.Composed composed = composer.compose(CustomerReplies.facts(ticket), type, body);
        List<String> words = services.find(ticket.serviceCode()).map(ServiceCopy::forbiddenWords).orElse(List.of());
        ReplyRenderer.Rendered rendered = composed.rendered();
        return new Preview(composed.from(), ticket.customerEmail(), rendered.subject(), rendered.html(),
                rendered.text(), rendered.markedHtml(words), rendered.forbiddenWords(words));
    }

    private static ProblemException.NotFound notFound(UUID ticketId) {
        return new ProblemException.NotFound("No ticket " + ticketId + " to preview a reply for.");
    }
}
