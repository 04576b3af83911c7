package io.switchboard.ticket.mail.application;

import io.quarkus.logging.Log;
import io.switchboard.ticket.attachment.application.AttachmentService;
import io.switchboard.ticket.mail.application.MailEventPayloads.File;
import io.switchboard.ticket.mail.application.MailEventPayloads.MailReceived;
import io.switchboard.ticket.mail.persistence.InboundMailRepository;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.ticket.application.MessageDraft;
import io.switchboard.ticket.ticket.application.NewTicket;
import io.switchboard.ticket.ticket.application.RequestedAttributes;
import io.switchboard.ticket.ticket.application.TicketLifecycle;
import io.switchboard.ticket.ticket.application.TicketService;
import io.switchboard.ticket.ticket.domain.Channel;
import io.switchboard.ticket.ticket.domain.Customer;
import io.switchboard.ticket.ticket.domain.MessageBody;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.Jsoup;

/**
 * A customer's mail (MailReceived) becomes a re-inquiry of their ticket or a new EMAIL ticket (PRODUCT.md §7).
 * Its files are fetched first, so a failed download leaves nothing half-written; files the rules refuse are
 * noted in the ticket's history (ATTACHMENT_REFUSED) and the mail is kept without them.
 */
@ApplicationScoped
public class InboundMails {

    static final int TITLE_LIMIT = 200;

    private final InboundMailRepository mails;
    private final PeopleRepository people;
    private final TicketRepository ticketRepository;
    private final TicketService tickets;
    private final TicketLifecycle lifecycle;
    private final AttachmentService attachments;
    private final MailAttachmentClient client;
    private final Clock clock;

    InboundMails(InboundMailRepository mails, PeopleRepository people, TicketRepository ticketRepository,
                 TicketService tickets, TicketLifecycle lifecycle, AttachmentService attachments,
                 MailAttachmentClient client, Clock clock) {
        this.mails = mails;
        this.people = people;
        this.ticketRepository = ticketRepository;
        this.tickets = tickets;
        this.lifecycle = lifecycle;
        this.attachments = attachments;
        this.client = client;
        this.clock = clock;
    }

    /** A file of the mail: its bytes, or why it is not kept. */
    private record Incoming(File file, byte[] content, String refusal) {
    }

    private record Refusal(String fileName, String reason) {
    }

    /** Runs in the consumer's transaction; the same mail applied again (a new event id) changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(MailReceived mail) {
        if (mails.applied(mail.mailId())) {
            Log.debugf("Mail %s was already applied", mail.mailId());
            return;
        }
        if (people.workspace(mail.serviceCode()).isEmpty() || mail.from() == null || mail.from().address() == null
                || mail.from().address().isBlank()) {
            Log.warnf("Skipping mail %s: unknown service %s or no sender", mail.mailId(), mail.serviceCode());
            return;
        }
        List<Incoming> files = fetch(mail);
        Instant now = clock.instant();
        if (!mails.claim(mail.mailId(), mail.serviceCode(), now)) {
            return;
        }
        String sender = mail.from().address().strip();
        Optional<Ticket> reinquired = match(mail).filter(t -> sender.equalsIgnoreCase(t.customer().email()));
        UUID result;
        List<Refusal> refusals = new ArrayList<>();
        if (reinquired.isPresent()) {
            UUID ticket = reinquired.get().id();
            result = lifecycle.reinquireByMail(ticket, draft(mail, store(ticket, files, refusals, sender)));
        } else {
            // the ticket's content is what the customer wrote as plain text; the HTML mail is its first message
            Ticket opened = tickets.openFromMail(mail.serviceCode(), newTicket(mail, sender));
            ticketRepository.flush();
            lifecycle.addMailInquiry(opened.id(), draft(mail, store(opened.id(), files, refusals, sender)));
            result = opened.id();
        }
        Ticket ticket = ticketRepository.find(result).orElseThrow();
        refusals.forEach(r -> ticketRepository.add(ticket.attachmentRefused(r.fileName(), r.reason(), now)));
        mails.appliedTo(mail.mailId(), result);
    }

    /**
     * The ticket the mail answers: by the number in its subject within the mail's service, else the first of
     * the tickets its references name (same service). Whether the sender may reopen it is checked by the caller.
     */
    private Optional<Ticket> match(MailReceived mail) {
        Optional<Ticket> bySubject = Optional.ofNullable(mail.subjectTicketNumber())
                .filter(n -> n.matches(java.util.regex.Pattern.quote(mail.serviceCode()) + "-[0-9]{1,18}"))
                .flatMap(n -> ticketRepository.byNumber(mail.serviceCode(),
                        Long.parseLong(n.substring(mail.serviceCode().length() + 1))));
        if (bySubject.isPresent()) {
            return bySubject;
        }
        return (mail.referencedTicketIds() == null ? List.<UUID>of() : mail.referencedTicketIds()).stream()
                .map(ticketRepository::find).flatMap(Optional::stream)
                .filter(t -> t.serviceCode().equals(mail.serviceCode()) && !t.isDeleted())
                .findFirst();
    }

    /** Downloads what may be kept; files over the count or size limit are refused without fetching them. */
    private List<Incoming> fetch(MailReceived mail) {
        List<Incoming> files = new ArrayList<>();
        List<File> listed = mail.attachments() == null ? List.of() : mail.attachments();
        for (int i = 0; i < listed.size(); i++) {
            File file = listed.get(i);
            if (i >= attachments.maxPerMessage()) {
                files.add(new Incoming(file, null, "more than " + attachments.maxPerMessage() + " files in one mail"));
            } else if (file.size() > attachments.maxSize()) {
                files.add(new Incoming(file, null, "too large (" + file.size() + " bytes; at most "
                        + attachments.maxSize() + ")"));
            } else {
                MailAttachmentClient.Download download = client.fetch(mail.mailId(), file.index());
                files.add(new Incoming(file, download.content(), download.unavailable()));
            }
        }
        return files;
    }

    /** Stores the fetched files the rules accept on the ticket; the others go to {@code refusals}, in mail order. */
    private List<UUID> store(UUID ticket, List<Incoming> files, List<Refusal> refusals, String sender) {
        List<UUID> stored = new ArrayList<>();
        for (Incoming incoming : files) {
            File file = incoming.file();
            if (incoming.refusal() != null) {
                refusals.add(new Refusal(file.fileName(), incoming.refusal()));
                continue;
            }
            Optional<String> refusal = attachments.refusalOf(file.fileName(), file.contentType(), incoming.content());
            if (refusal.isPresent()) {
                refusals.add(new Refusal(file.fileName(), refusal.get()));
            } else {
                stored.add(attachments.addFromMail(ticket, file.fileName(), file.contentType(), incoming.content(),
                        "customer:" + sender).id());
            }
        }
        return stored;
    }

    private static NewTicket newTicket(MailReceived mail, String sender) {
        String name = mail.from().name() == null || mail.from().name().isBlank() ? null : mail.from().name().strip();
        return new NewTicket(title(mail.subject()), text(mail), Channel.EMAIL, new Customer(sender, name, null), null,
                RequestedAttributes.NONE, null);
    }

    static String title(String subject) {
        String title = subject == null || subject.isBlank() ? "(no subject)" : subject.strip();
        if (title.length() <= TITLE_LIMIT) {
            return title;
        }
        int end = Character.isHighSurrogate(title.charAt(TITLE_LIMIT - 1)) ? TITLE_LIMIT - 1 : TITLE_LIMIT;
        return title.substring(0, end).strip();
    }

    private static MessageDraft draft(MailReceived mail, List<UUID> files) {
        return new MessageDraft(body(mail), format(mail), files, mail.messageId());
    }

    /** HTML when the mail has HTML with text in it; an HTML part that shows nothing falls back to the text. */
    private static MessageBody.Format format(MailReceived mail) {
        return mail.html() != null && !Jsoup.parse(mail.html()).text().isBlank() ? MessageBody.Format.HTML
                : MessageBody.Format.TEXT;
    }

    private static String body(MailReceived mail) {
        if (format(mail) == MessageBody.Format.HTML) {
            return mail.html();
        }
        return text(mail);
    }

    private static String text(MailReceived mail) {
        return mail.text() == null || mail.text().isBlank() ? "(no text)" : mail.text();
    }
}
