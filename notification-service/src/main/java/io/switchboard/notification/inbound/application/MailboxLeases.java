package io.switchboard.notification.inbound.application;

import io.switchboard.notification.application.SecretCipher;
import io.switchboard.notification.mail.domain.ImapAccount;
import io.switchboard.notification.mail.persistence.MailRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The accounts' leases and positions, each change in a short transaction of its own. */
@ApplicationScoped
public class MailboxLeases {

    /** What a poller needs to reach a mailbox; the password in clear only in memory. */
    public record Mailbox(UUID id, String serviceCode, String host, int port, boolean tls, String username,
                          String password, String folder) {
    }

    private final MailRepository mail;
    private final SecretCipher cipher;
    private final InboundConfig config;
    private final Clock clock;

    MailboxLeases(MailRepository mail, SecretCipher cipher, InboundConfig config, Clock clock) {
        this.mail = mail;
        this.cipher = cipher;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public List<UUID> enabled() {
        return mail.enabledImapAccounts();
    }

    /** Takes or renews the account's lease; empty when another instance holds it or it is gone or disabled. */
    @Transactional
    public Optional<Mailbox> lease(UUID id, String owner) {
        return mail.lockImapAccount(id).filter(ImapAccount::enabled)
                .filter(a -> a.lease(owner, clock.instant(), config.lease()))
                .map(a -> new Mailbox(a.id(), a.serviceCode(), a.host(), a.port(), a.tls(), a.username(),
                        a.passwordCiphertext() == null ? "" : cipher.open(a.sealingContext(), a.passwordCiphertext()),
                        a.folder()));
    }

    /** The folder's UIDVALIDITY now; returns the last UID read in it (0 when it changed). */
    @Transactional
    public long position(UUID id, long uidValidity) {
        ImapAccount account = mail.lockImapAccount(id).orElseThrow(() -> new IllegalStateException("account " + id + " is gone"));
        account.folderValidity(uidValidity);
        return account.lastUid();
    }

    @Transactional
    public void polled(UUID id, String error) {
        mail.lockImapAccount(id).ifPresent(a -> a.polled(clock.instant(), error));
    }

    @Transactional
    public void release(UUID id, String owner) {
        mail.lockImapAccount(id).ifPresent(a -> a.release(owner));
    }
}
