package io.switchboard.notification.mail.application;

import io.switchboard.notification.application.MailConfig;
import io.switchboard.notification.domain.ServiceCopy;
import io.switchboard.notification.mail.domain.BuiltInLayouts;
import io.switchboard.notification.mail.domain.MailLayout;
import io.switchboard.notification.mail.domain.MailSettings;
import io.switchboard.notification.mail.domain.ReplyRenderer;
import io.switchboard.notification.mail.domain.ReplyType;
import io.switchboard.notification.mail.persistence.MailRepository;
import io.switchboard.notification.persistence.ServiceCopyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Renders replies the one way both the mail and its preview use: the service's layout for the reply type
 * in the ticket's language, else in the service's default language, else the built-in one; from the
 * service's sender.
 */
@ApplicationScoped
public class ReplyComposer {

    /** The reply, rendered, with who it comes from. */
    public record Composed(String from, ReplyRenderer.Rendered rendered) {
    }

    /** The ticket as a reply needs it. */
    public record TicketFacts(String serviceCode, String number, String title, String language, String customerEmail,
                              String customerName) {
    }

    private final MailRepository mail;
    private final ServiceCopyRepository services;
    private final MailConfig config;

    ReplyComposer(MailRepository mail, ServiceCopyRepository services, MailConfig config) {
        this.mail = mail;
        this.services = services;
        this.config = config;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Composed compose(TicketFacts ticket, ReplyType type, ReplyRenderer.Body body) {
        Optional<ServiceCopy> service = services.find(ticket.serviceCode());
        String defaultLanguage = service.map(ServiceCopy::defaultLanguage).orElse(null);
        String layout = layout(ticket.serviceCode(), type, ticket.language(), defaultLanguage);
        String serviceName = service.map(ServiceCopy::name).orElse(ticket.serviceCode());
        String customer = ticket.customerName() == null || ticket.customerName().isBlank() ? ticket.customerEmail()
                : ticket.customerName();
        ReplyRenderer.Rendered rendered = ReplyRenderer.render(layout,
                new ReplyRenderer.Context(ticket.number(), ticket.title(), customer, serviceName), body);
        return new Composed(from(ticket.serviceCode(), serviceName), rendered);
    }

    private String layout(String serviceCode, ReplyType type, String language, String defaultLanguage) {
        if (language != null) {
            Optional<MailLayout> own = mail.layout(serviceCode, type, language);
            if (own.isPresent()) {
                return own.get().html();
            }
        }
        if (defaultLanguage != null) {
            Optional<MailLayout> fallback = mail.layout(serviceCode, type, defaultLanguage);
            if (fallback.isPresent()) {
                return fallback.get().html();
            }
        }
        String builtIn = language != null && BuiltInLayouts.has(language) ? language
                : defaultLanguage != null ? defaultLanguage : BuiltInLayouts.FALLBACK_LANGUAGE;
        return BuiltInLayouts.of(type, builtIn);
    }

    /** {@code Name <address>} of the service's sender; the default sender while it has no address. */
    private String from(String serviceCode, String serviceName) {
        Optional<MailSettings> settings = mail.settings(serviceCode);
        if (settings.isEmpty() || settings.get().senderAddress() == null) {
            return config.from();
        }
        String name = settings.get().senderName() != null ? settings.get().senderName() : serviceName;
        return quoted(name) + " <" + settings.get().senderAddress() + ">";
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
