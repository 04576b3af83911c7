package io.switchboard.notification.inbound.application;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.notification.application.ServiceAccess;
import io.switchboard.notification.inbound.domain.InboundAttachment;
import io.switchboard.notification.inbound.domain.InboundMail;
import io.switchboard.notification.inbound.domain.Storable;
import io.switchboard.notification.inbound.persistence.InboundMailRepository;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The quarantine an admin works through, and the files ticket-service fetches. */
@ApplicationScoped
public class InboundMails {

    /** One page of quarantined mail; {@code next} null on the last. */
    public record Page(List<InboundMail> mails, InboundMail next) {
    }

    /** What a released mail's ticket says when the mail itself could not be read. */
    static final int MAX_RELEASED_TEXT = 100_000;

    private final InboundMailRepository inbound;
    private final MailImports imports;
    private final ServiceAccess access;
    private final InboundConfig config;
    private final Clock clock;

    InboundMails(InboundMailRepository inbound, MailImports imports, ServiceAccess access, InboundConfig config,
                 Clock clock) {
        this.inbound = inbound;
        this.imports = imports;
        this.access = access;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Page quarantined(String serviceCode, Instant afterAt, UUID afterId, int limit) {
        if (serviceCode != null) {
            access.requireAdmin(serviceCode, () -> new ProblemException.NotFound("There is no service " + serviceCode + "."));
        }
        List<String> services = access.administered().orElse(null);
        List<InboundMail> found = inbound.quarantined(services, serviceCode, afterAt, afterId, limit + 1);
        return found.size() <= limit ? new Page(found, null) : new Page(found.subList(0, limit), found.get(limit - 1));
    }

    @Transactional
    public InboundMail quarantined(UUID id) {
        return visible(id);
    }

    /**
     * Makes a quarantined mail a ticket: what could be read of it becomes the customer's inquiry, with why it
     * was quarantined. 409 when it was released already or names no sender.
     */
    @Transactional
    public void release(UUID id) {
        InboundMail mail = visible(id);
        String text = "This mail was quarantined (" + mail.reason() + ": " + mail.detail() + ") and released by an admin."
                + (mail.raw() == null ? " It was too large to import; it stays in " + mail.mailbox() + "."
                : "\n\n" + readable(mail.raw()));
        mail.release();
        imports.publish(new MailImports.MailReceived(mail.id(), mail.serviceCode(), mail.mailbox(), null, null,
                List.of(), null, List.of(), new MailImports.MailReceived.Address(mail.fromAddress(), null),
                mail.subject() == null ? "" : mail.subject(), text, null, List.of(), clock.instant()));
    }

    @Transactional
    public void delete(UUID id) {
        InboundMail mail = visible(id);
        if (mail.status() != InboundMail.Status.QUARANTINED) {
            throw new ProblemException.Conflict("Mail " + id + " is " + mail.status() + "; only quarantined mail can be deleted.");
        }
        inbound.remove(mail);
    }

    /** A file of an imported mail, for ticket-service's own account only. */
    @Transactional
    public InboundAttachment attachment(UUID mailId, int index) {
        access.requireService();
        return inbound.attachment(mailId, index).orElseThrow(() ->
                new ProblemException.NotFound("Mail " + mailId + " has no file " + index + "."));
    }

    /** Hourly: the files and records past their retention. */
    @Scheduled(every = "1h", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    public void purgeOld() {
        int files = inbound.purgeAttachments(clock.instant().minus(config.attachmentRetention()));
        int mails = inbound.purgeLog(clock.instant().minus(config.logRetention()));
        if (files + mails > 0) {
            Log.infof("Purged %d files of mails read more than %s ago, and %d records of mails read more than %s ago",
                    files, config.attachmentRetention(), mails, config.logRetention());
        }
    }

    private InboundMail visible(UUID id) {
        InboundMail mail = inbound.find(id).orElseThrow(() -> notFound(id));
        access.requireAdmin(mail.serviceCode(), () -> notFound(id));
        return mail;
    }

    private static String readable(byte[] raw) {
        String text = Storable.text(new String(raw, StandardCharsets.UTF_8));
        return text.length() <= MAX_RELEASED_TEXT ? text : text.substring(0, MAX_RELEASED_TEXT) + "\n[…]";
    }

    private static ProblemException.NotFound notFound(UUID id) {
        return new ProblemException.NotFound("No quarantined mail " + id + ".");
    }
}
