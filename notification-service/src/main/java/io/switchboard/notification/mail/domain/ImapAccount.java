package io.switchboard.notification.mail.domain;

import io.switchboard.platform.problem.Problem;
import io.switchboard.platform.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An external mailbox a service's customer mail is read from, with where the poller got to: the folder's
 * UIDVALIDITY and the last UID imported, so a restart neither loses nor re-imports a mail. One poller at a
 * time holds its lease.
 */
@Entity
@Table(name = "imap_account")
public class ImapAccount {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]{1,255}");
    private static final int MAX_ERROR = 1000;

    /** What an admin sets; {@code password} null keeps the stored one. */
    public record Draft(String host, Integer port, Boolean tls, String username, String password, String folder,
                        Boolean enabled) {
    }

    @Id
    private UUID id;

    @Column(name = "service_code", nullable = false)
    private String serviceCode;

    @Column(nullable = false)
    private String host;

    @Column(nullable = false)
    private int port;

    @Column(nullable = false)
    private boolean tls;

    @Column(nullable = false)
    private String username;

    /** Sealed with the service's secret key; null for a mailbox that takes no password (the local stack's). */
    @Column(name = "password_ciphertext")
    private String passwordCiphertext;

    @Column(nullable = false)
    private String folder;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "uid_validity")
    private Long uidValidity;

    @Column(name = "last_uid", nullable = false)
    private long lastUid;

    @Column(name = "last_polled_at")
    private Instant lastPolledAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "lease_owner")
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Counts admins' changes (from 1); the poller's bookkeeping does not change it. */
    @Column(nullable = false)
    private long version;

    protected ImapAccount() {
    }

    /** A new account; 400 naming each bad field (the password is required). */
    public static ImapAccount create(String serviceCode, Draft draft, Instant now) {
        if (draft.password() == null || draft.password().isEmpty()) {
            throw new ProblemException.Invalid("The IMAP account is not valid.",
                    List.of(new Problem.FieldError("password", "is required")));
        }
        ImapAccount account = new ImapAccount();
        account.id = UUID.randomUUID();
        account.serviceCode = serviceCode;
        account.createdAt = now;
        account.change(draft);
        return account;
    }

    /** Takes an admin's changes; the stored password stays unless a new one is given. Changing the mailbox starts it afresh. */
    public void change(Draft draft) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String newHost = draft.host() == null ? null : draft.host().strip();
        if (newHost == null || !HOST.matcher(newHost).matches()) {
            errors.add(new Problem.FieldError("host", "must be a host name or IP address"));
        }
        if (draft.port() == null || draft.port() < 1 || draft.port() > 65535) {
            errors.add(new Problem.FieldError("port", "must be between 1 and 65535"));
        }
        if (draft.tls() == null) {
            errors.add(new Problem.FieldError("tls", "is required: true for IMAPS (port 993), false for plain IMAP"));
        }
        String newUser = draft.username() == null ? null : draft.username().strip();
        if (newUser == null || newUser.isEmpty() || newUser.length() > 320) {
            errors.add(new Problem.FieldError("username", "is required (at most 320 characters)"));
        }
        String newFolder = draft.folder() == null || draft.folder().isBlank() ? "INBOX" : draft.folder().strip();
        if (newFolder.length() > 200) {
            errors.add(new Problem.FieldError("folder", "must be at most 200 characters"));
        }
        if (draft.password() != null && draft.password().length() > 1000) {
            errors.add(new Problem.FieldError("password", "must be at most 1000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Invalid("The IMAP account is not valid.", errors);
        }
        boolean otherMailbox = !newHost.equalsIgnoreCase(host == null ? "" : host) || draft.port() != port
                || !newUser.equals(username) || !newFolder.equals(folder);
        host = newHost;
        port = draft.port();
        tls = draft.tls();
        username = newUser;
        folder = newFolder;
        enabled = draft.enabled() == null || draft.enabled();
        version++;
        if (otherMailbox) {
            uidValidity = null;
            lastUid = 0;
        }
    }

    /** The context the password is sealed in, so a ciphertext copied to another account does not open. */
    public String sealingContext() {
        return "imap-account:" + id;
    }

    public void sealedPassword(String ciphertext) {
        passwordCiphertext = ciphertext;
    }

    /** Takes the lease if it is free, expired or already ours. */
    public boolean lease(String owner, Instant now, Duration length) {
        if (leaseOwner != null && !leaseOwner.equals(owner) && leaseUntil != null && leaseUntil.isAfter(now)) {
            return false;
        }
        leaseOwner = owner;
        leaseUntil = now.plus(length);
        return true;
    }

    public void release(String owner) {
        if (owner.equals(leaseOwner)) {
            leaseOwner = null;
            leaseUntil = null;
        }
    }

    /**
     * The folder's UIDVALIDITY as the server reports it now: when it changed, the UIDs mean other mails, so
     * the folder is read from the start again (duplicates are recognised by Message-ID and content).
     */
    public void folderValidity(long validity) {
        if (uidValidity == null || uidValidity != validity) {
            uidValidity = validity;
            lastUid = 0;
        }
    }

    /** One mail done with, in the transaction that recorded what became of it. */
    public void imported(long uid) {
        if (uid > lastUid) {
            lastUid = uid;
        }
    }

    public void polled(Instant at, String error) {
        lastPolledAt = at;
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    public UUID id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public boolean tls() {
        return tls;
    }

    public String username() {
        return username;
    }

    public String passwordCiphertext() {
        return passwordCiphertext;
    }

    public String folder() {
        return folder;
    }

    public boolean enabled() {
        return enabled;
    }

    public Long uidValidity() {
        return uidValidity;
    }

    public long lastUid() {
        return lastUid;
    }

    public Instant lastPolledAt() {
        return lastPolledAt;
    }

    public String lastError() {
        return lastError;
    }

    public String leaseOwner() {
        return leaseOwner;
    }

    public String mailbox() {
        return username + "@" + host + ":" + port + "/" + folder;
    }
}
