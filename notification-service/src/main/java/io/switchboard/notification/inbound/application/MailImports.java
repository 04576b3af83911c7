package io.switchboard.notification.inbound.application;

import io.quarkus.logging.Log;
import io.switchboard.notification.application.MailConfig;
import io.switchboard.notification.inbound.domain.Header;
import io.switchboard.notification.inbound.domain.InboundAttachment;
import io.switchboard.notification.inbound.domain.InboundMail;
import io.switchboard.notification.inbound.domain.InboundMailParser;
import io.switchboard.notification.inbound.domain.ParseRules;
import io.switchboard.notification.inbound.domain.ParsedMail;
import io.switchboard.notification.inbound.domain.Storable;
import io.switchboard.notification.inbound.domain.UnreadableMailException;
import io.switchboard.notification.inbound.persistence.InboundMailRepository;
import io.switchboard.notification.mail.domain.ImapAccount;
import io.switchboard.notification.mail.persistence.MailRepository;
import io.switchboard.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What becomes of one mail read from a mailbox, decided and recorded in one transaction together with the
 * account's new position: a MailReceived in the outbox, an ignored auto-reply, a duplicate, or quarantine.
 * A crash before the commit leaves the mail to be read again; after it, nothing is read twice.
 */
@ApplicationScoped
public class MailImports {

    /** MailReceived data; contract in docs/events/schemas/MailReceived.schema.json. */
    public record MailReceived(UUID mailId, String serviceCode, String mailbox, String messageId, String inReplyTo,
                               List<String> references, String subjectTicketNumber, List<UUID> referencedTicketIds,
                               Address from, String subject, String text, String html, List<File> attachments,
                               Instant receivedAt) {
        /** The sender. */
        public record Address(String address, String name) {
        }

        /** A file to fetch from this service. */
        public record File(int index, String fileName, String contentType, long size) {
        }
    }

    static final String AGGREGATE = "mail";

    private final InboundMailRepository inbound;
    private final MailRepository mail;
    private final Outbox outbox;
    private final MailConfig mailConfig;
    private final InboundConfig config;
    private final Clock clock;

    MailImports(InboundMailRepository inbound, MailRepository mail, Outbox outbox, MailConfig mailConfig,
                InboundConfig config, Clock clock) {
        this.inbound = inbound;
        this.mail = mail;
        this.outbox = outbox;
        this.mailConfig = mailConfig;
        this.config = config;
        this.clock = clock;
    }

    /**
     * A mail of the account, read whole, parsed by the service's {@link #parserFor parser}. False when this
     * instance no longer holds the account's lease.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean read(UUID accountId, String owner, long uid, byte[] raw, InboundMailParser parser) {
        Optional<ImapAccount> account = leased(accountId, owner);
        if (account.isEmpty()) {
            return false;
        }
        InboundMail.Source source = new InboundMail.Source(account.get().serviceCode(), accountId,
                account.get().mailbox(), uid, raw.length);
        record(source, raw, parser);
        account.get().imported(uid);
        return true;
    }

    /** A mail of the account too large to read: quarantined with its headers. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean oversized(UUID accountId, String owner, long uid, long size, byte[] headerBytes) {
        Optional<ImapAccount> account = leased(accountId, owner);
        if (account.isEmpty()) {
            return false;
        }
        InboundMail.Source source = new InboundMail.Source(account.get().serviceCode(), accountId,
                account.get().mailbox(), uid, size);
        quarantine(source, "TOO_LARGE", "the mail has " + size + " bytes; at most " + config.maxSize().asLongValue()
                + " are read", null, headerBytes);
        account.get().imported(uid);
        return true;
    }

    private Optional<ImapAccount> leased(UUID accountId, String owner) {
        return mail.lockImapAccount(accountId).filter(a -> owner.equals(a.leaseOwner()));
    }

    private void record(InboundMail.Source source, byte[] raw, InboundMailParser parser) {
        ParsedMail parsed;
        try {
            parsed = parser.parse(raw);
        } catch (UnreadableMailException e) {
            quarantine(source, e.reason().name(), e.detail(), e.reason() == UnreadableMailException.Reason.TOO_LARGE
                    ? null : raw, raw);
            return;
        } catch (RuntimeException e) {
            quarantine(source, UnreadableMailException.Reason.MALFORMED.name(), "unreadable: " + e, raw, raw);
            return;
        }
        Instant now = clock.instant();
        if (parsed.isAutoReply()) {
            Log.infof("Ignoring mail %s from %s in %s: %s", parsed.messageId(), parsed.from().address(),
                    source.mailbox(), parsed.autoReply().get());
            inbound.add(InboundMail.ignored(source, parsed, now));
        } else if (inbound.imported(source.serviceCode(), Storable.text(parsed.messageId()), parsed.contentHash())) {
            Log.infof("Ignoring mail %s from %s in %s: a duplicate", parsed.messageId(), parsed.from().address(),
                    source.mailbox());
            inbound.add(InboundMail.duplicate(source, parsed, now));
        } else {
            publish(InboundMail.imported(source, parsed, now), parsed);
        }
    }

    private void publish(InboundMail imported, ParsedMail parsed) {
        inbound.add(imported);
        List<MailReceived.File> files = new ArrayList<>();
        for (int i = 0; i < parsed.attachments().size(); i++) {
            InboundAttachment file = new InboundAttachment(imported.id(), i, parsed.attachments().get(i));
            inbound.add(file);
            files.add(new MailReceived.File(i, file.fileName(), file.contentType(), file.size()));
        }
        Set<UUID> tickets = new LinkedHashSet<>();
        for (String reference : Storable.texts(parsed.ownMessageReferences())) {
            mail.ticketOf(reference).ifPresent(tickets::add);
        }
        MailReceived received = new MailReceived(imported.id(), imported.serviceCode(), imported.mailbox(),
                imported.messageId(), Storable.text(parsed.inReplyTo()), Storable.texts(parsed.references()),
                parsed.subjectTicketNumber().orElse(null), List.copyOf(tickets),
                new MailReceived.Address(imported.fromAddress(), Storable.text(parsed.from().displayName())),
                imported.subject(), Storable.text(parsed.text()), Storable.text(parsed.html()), files,
                imported.receivedAt());
        publish(received);
    }

    /** MailReceived, keyed by service and sender so one customer's mails are applied in order. */
    void publish(MailReceived received) {
        outbox.append(AGGREGATE, received.serviceCode() + ":" + received.from().address().toLowerCase(Locale.ROOT),
                "MailReceived", received);
    }

    private void quarantine(InboundMail.Source source, String reason, String detail, byte[] raw, byte[] headerSource) {
        List<Header> headers = InboundMailParser.headersOf(headerSource);
        String from = headers.stream().filter(h -> h.name().equalsIgnoreCase("From")).map(Header::value).findFirst()
                .map(MailImports::address).orElse(null);
        String subject = headers.stream().filter(h -> h.name().equalsIgnoreCase("Subject")).map(Header::value)
                .findFirst().orElse(null);
        Log.warnf("Quarantined a mail of %s (uid %s, %d bytes) from %s: %s %s", source.mailbox(), source.uid(),
                source.size(), from, reason, detail);
        inbound.add(InboundMail.quarantined(source, reason, detail, raw, headers.stream()
                .map(h -> h.name() + ": " + h.value()).collect(Collectors.joining("\n")), from, subject, clock.instant()));
    }

    private static String address(String header) {
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(header, false);
            return parsed.length == 0 || parsed[0].getAddress() == null ? null
                    : parsed[0].getAddress().toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            return null;
        }
    }

    /**
     * The parser of the service's mail, as its settings are now: mail from its own addresses is a loop, our
     * Message-IDs mark our own mail. A reader takes one per round, not one per mail.
     */
    @Transactional
    public InboundMailParser parserFor(String serviceCode) {
        Set<String> own = new HashSet<>();
        own.add(address(mailConfig.from()));
        mail.settings(serviceCode).ifPresent(settings -> {
            own.add(settings.senderAddress());
            own.add(settings.inboundAddress());
        });
        own.remove(null);
        return new InboundMailParser(new ParseRules(config.maxSize().asLongValue(), own, mailConfig.messageIdDomain()));
    }
}
