package io.switchboard.notification.mail.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.switchboard.notification.application.MailComposer;
import io.switchboard.notification.application.MailConfig;
import io.switchboard.notification.application.SecretCipher;
import io.switchboard.notification.application.ServiceAccess;
import io.switchboard.notification.application.SmtpMailer;
import io.switchboard.notification.domain.DeliveryKind;
import io.switchboard.notification.domain.Outgoing;
import io.switchboard.notification.domain.ServiceCopy;
import io.switchboard.notification.mail.domain.ImapAccount;
import io.switchboard.notification.mail.domain.MailLayout;
import io.switchboard.notification.mail.domain.MailSettings;
import io.switchboard.notification.mail.domain.ReplyRenderer;
import io.switchboard.notification.mail.domain.ReplyType;
import io.switchboard.notification.mail.persistence.MailRepository;
import io.switchboard.notification.persistence.ServiceCopyRepository;
import io.switchboard.platform.net.AddressPolicy;
import io.switchboard.platform.net.OutboundConfig;
import io.switchboard.platform.problem.IfMatch;
import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** A service's mail settings, layouts and IMAP accounts, for org-admins and the service's admins. */
@ApplicationScoped
public class MailSettingsAdmin {

    /** Everything an admin sees on the mail settings screen. */
    public record Overview(String serviceCode, MailSettings settings, String defaultLanguage, List<String> languages,
                           List<MailLayout> layouts, List<ImapAccount> imapAccounts) {
    }

    /** How a test mail went. */
    public record TestResult(String to, boolean delivered, String error, long durationMillis) {
    }

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s,<>\"]+@[^@\\s,<>\"]+");

    private final MailRepository mail;
    private final ServiceCopyRepository services;
    private final ServiceAccess access;
    private final SecretCipher cipher;
    private final ReplyComposer composer;
    private final SmtpMailer mailer;
    private final MailConfig config;
    private final AddressPolicy addresses;
    private final Clock clock;

    MailSettingsAdmin(MailRepository mail, ServiceCopyRepository services, ServiceAccess access, SecretCipher cipher,
                      ReplyComposer composer, SmtpMailer mailer, MailConfig config, OutboundConfig outbound,
                      Clock clock) {
        this.mail = mail;
        this.services = services;
        this.access = access;
        this.cipher = cipher;
        this.composer = composer;
        this.mailer = mailer;
        this.config = config;
        this.addresses = outbound.policy();
        this.clock = clock;
    }

    @Transactional
    public Overview overview(String serviceCode) {
        ServiceCopy service = administrable(serviceCode);
        MailSettings settings = mail.settings(serviceCode).orElseGet(() -> new MailSettings(serviceCode, clock.instant()));
        return new Overview(serviceCode, settings, service.defaultLanguage(), service.languages(),
                mail.layouts(serviceCode), mail.imapAccounts(serviceCode));
    }

    /**
     * {@code expected} is the version the admin saw (null: any); 0 for settings never stored. A mismatch is the
     * stale-version problem and changes nothing.
     */
    @Transactional
    public Overview change(String serviceCode, Long expected, String senderName, String senderAddress,
                           String inboundAddress) {
        administrable(serviceCode);
        MailSettings settings = mail.lockSettings(serviceCode).orElseGet(() -> {
            MailSettings created = new MailSettings(serviceCode, clock.instant());
            mail.add(created);
            return created;
        });
        IfMatch.require(expected, settings.version(), "The mail settings of " + serviceCode);
        settings.change(senderName, senderAddress, inboundAddress, clock.instant());
        return overview(serviceCode);
    }

    /** {@code expected} as in {@link #change}; 0 for a layout the service does not have yet. */
    @Transactional
    public MailLayout putLayout(String serviceCode, ReplyType type, String language, Long expected, String html) {
        administrable(serviceCode);
        String lang = language(language);
        Optional<MailLayout> existing = mail.lockLayout(serviceCode, type, lang);
        IfMatch.require(expected, existing.map(MailLayout::version).orElse(0L), layoutName(serviceCode, type, lang));
        if (existing.isPresent()) {
            existing.get().change(html, clock.instant());
            return existing.get();
        }
        MailLayout layout = new MailLayout(serviceCode, type, lang, html, clock.instant());
        mail.add(layout);
        return layout;
    }

    /** Back to the built-in layout; 404 when the service had none of its own. */
    @Transactional
    public void removeLayout(String serviceCode, ReplyType type, String language, Long expected) {
        administrable(serviceCode);
        MailLayout layout = mail.lockLayout(serviceCode, type, language(language)).orElseThrow(() ->
                new ProblemException.NotFound("Service " + serviceCode + " has no " + type + " layout in " + language + "."));
        IfMatch.require(expected, layout.version(), layoutName(serviceCode, type, layout.language()));
        mail.remove(layout);
    }

    private static String layoutName(String serviceCode, ReplyType type, String language) {
        return "The " + type + " layout of " + serviceCode + " in " + language;
    }

    @Transactional
    public ImapAccount addAccount(String serviceCode, ImapAccount.Draft draft) {
        administrable(serviceCode);
        ImapAccount account = ImapAccount.create(serviceCode, draft, clock.instant());
        checkHost(account);
        account.sealedPassword(cipher.seal(account.sealingContext(), draft.password()));
        mail.add(account);
        return account;
    }

    @Transactional
    public ImapAccount changeAccount(String serviceCode, UUID id, Long expected, ImapAccount.Draft draft) {
        ImapAccount account = account(serviceCode, id, expected);
        account.change(draft);
        checkHost(account); // a refusal rolls the change back
        if (draft.password() != null && !draft.password().isEmpty()) {
            account.sealedPassword(cipher.seal(account.sealingContext(), draft.password()));
        }
        return account;
    }

    @Transactional
    public void removeAccount(String serviceCode, UUID id, Long expected) {
        mail.remove(account(serviceCode, id, expected));
    }

    /** The mailbox must be on a public address (or an allow-listed network); checked again on every connection. */
    private void checkHost(ImapAccount account) {
        addresses.refusalWhenSaved(account.host()).ifPresent(reason -> {
            throw new ProblemException.Invalid("The IMAP account is not valid.",
                    List.of(new Problem.FieldError("host", "must be a public mail server: " + reason)));
        });
    }

    private ImapAccount account(String serviceCode, UUID id, Long expected) {
        administrable(serviceCode);
        ImapAccount account = mail.lockImapAccount(id).filter(a -> a.serviceCode().equals(serviceCode)).orElseThrow(() ->
                new ProblemException.NotFound("Service " + serviceCode + " has no IMAP account " + id + "."));
        IfMatch.require(expected, account.version(), "IMAP account " + account.username() + " of " + serviceCode);
        return account;
    }

    /**
     * Sends a test mail in the service's final-reply layout, from its sender, at once, and says how it went;
     * nothing is logged or retried.
     */
    public TestResult testMail(String serviceCode, String to) {
        if (to == null || !ADDRESS.matcher(to.strip()).matches()) {
            throw new ProblemException.Invalid("The test mail needs a recipient.",
                    List.of(new Problem.FieldError("to", "must be an e-mail address")));
        }
        ReplyComposer.Composed composed = QuarkusTransaction.requiringNew().call(() -> {
            ServiceCopy service = administrable(serviceCode);
            return composer.compose(new ReplyComposer.TicketFacts(serviceCode, serviceCode + "-0",
                    "Switchboard test mail", service.defaultLanguage(), to.strip(), null), ReplyType.RESOLVE,
                    new ReplyRenderer.Body("This is a test mail from Switchboard: the sender and layout of "
                            + serviceCode + " work.", false));
        });
        ReplyRenderer.Rendered rendered = composed.rendered();
        UUID id = UUID.randomUUID();
        Outgoing.Mail outgoing = new Outgoing.Mail(id, DeliveryKind.MAIL, null, composed.from(), List.of(to.strip()),
                rendered.subject(), rendered.text(), rendered.html(), "<test-" + id + "@" + config.messageIdDomain() + ">", null,
                List.of(), List.of());
        long start = System.nanoTime();
        try {
            mailer.send(MailComposer.compose(mailer.newMessage(outgoing.messageId()), outgoing, composed.from(), false,
                    Map.of()));
            return new TestResult(to.strip(), true, null, Duration.ofNanos(System.nanoTime() - start).toMillis());
        } catch (SmtpMailer.SmtpFailure | MessagingException e) {
            return new TestResult(to.strip(), false, e.getMessage(), Duration.ofNanos(System.nanoTime() - start).toMillis());
        }
    }

    private ServiceCopy administrable(String serviceCode) {
        access.requireAdmin(serviceCode, () -> new ProblemException.NotFound("There is no service " + serviceCode + "."));
        return services.find(serviceCode).orElseThrow(() ->
                new ProblemException.NotFound("There is no service " + serviceCode + "."));
    }

    private static String language(String language) {
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new ProblemException.Invalid("The language is not valid.",
                    List.of(new Problem.FieldError("language", "must be a language code such as ko, ja or en")));
        }
        return language;
    }
}
