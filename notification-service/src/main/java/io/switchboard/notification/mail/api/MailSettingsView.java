package io.switchboard.notification.mail.api;

import io.switchboard.notification.mail.application.MailSettingsAdmin;
import io.switchboard.notification.mail.domain.ImapAccount;
import io.switchboard.notification.mail.domain.LayoutTemplate;
import io.switchboard.notification.mail.domain.MailLayout;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service's mail settings as an admin sees them; IMAP passwords are never returned, only whether one is set. */
public record MailSettingsView(String serviceCode, String senderName, String senderAddress, String inboundAddress,
                               @Schema(description = "of sender and inbound address; 0 until first saved") long version,
                               String defaultLanguage, List<String> languages, List<LayoutView> layouts,
                               List<ImapAccountView> imapAccounts, List<String> placeholders) {

    /** One layout of the service. */
    public record LayoutView(String type, String language, String html, Instant updatedAt, long version) {
        static LayoutView of(MailLayout layout) {
            return new LayoutView(layout.replyType().name(), layout.language(), layout.html(), layout.updatedAt(),
                    layout.version());
        }
    }

    /** One IMAP account, with how its last poll went. */
    public record ImapAccountView(UUID id, String host, int port, boolean tls, String username, String folder,
                                  boolean enabled, boolean passwordSet, Instant lastPolledAt, String lastError,
                                  @Schema(description = "counts admins' changes, not polls") long version) {
        static ImapAccountView of(ImapAccount account) {
            return new ImapAccountView(account.id(), account.host(), account.port(), account.tls(), account.username(),
                    account.folder(), account.enabled(), account.passwordCiphertext() != null,
                    account.lastPolledAt(), account.lastError(), account.version());
        }
    }

    static MailSettingsView of(MailSettingsAdmin.Overview overview) {
        return new MailSettingsView(overview.serviceCode(), overview.settings().senderName(),
                overview.settings().senderAddress(), overview.settings().inboundAddress(), overview.settings().version(),
                overview.defaultLanguage(),
                overview.languages(), overview.layouts().stream().map(LayoutView::of).toList(),
                overview.imapAccounts().stream().map(ImapAccountView::of).toList(),
                LayoutTemplate.CODES.stream().map(code -> "{{" + code + "}}").toList());
    }
}
