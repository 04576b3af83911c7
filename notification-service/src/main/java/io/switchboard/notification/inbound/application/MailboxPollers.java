package io.switchboard.notification.inbound.application;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.switchboard.notification.inbound.domain.InboundMailParser;
import io.switchboard.platform.net.AddressPolicy;
import io.switchboard.platform.net.OutboundConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Reads every enabled IMAP account: one thread per account whose lease this instance holds, keeping the
 * connection open, waiting in IDLE where the server offers it (else polling), and handing each new mail, in
 * UID order, to {@link MailImports}. The folder is opened read-only: mail stays in the mailbox, the account's
 * position says what was read. A failure closes the connection, is shown on the account, and is retried.
 * The server's name is looked up once per connection and every address checked against the
 * {@link AddressPolicy}; the connection goes to the checked address (admins set these hosts: SSRF).
 */
@ApplicationScoped
public class MailboxPollers {

    /** Mails fetched whole in one round trip. */
    private static final int PREFETCH = 50;

    private final MailboxLeases leases;
    private final MailImports imports;
    private final InboundConfig config;
    private final AddressPolicy policy;
    private final String owner = "notification-service-" + UUID.randomUUID();
    private final Map<UUID, Reader> readers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "mailbox-idle-watchdog"));
    private volatile boolean stopping;

    MailboxPollers(MailboxLeases leases, MailImports imports, InboundConfig config, OutboundConfig outbound) {
        this.leases = leases;
        this.imports = imports;
        this.config = config;
        this.policy = outbound.policy();
    }

    /** Starts a reader for each enabled account not read here yet; a reader ends when its account goes. */
    @Scheduled(every = "${switchboard.mail.inbound.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        if (!config.enabled() || stopping) {
            return;
        }
        try {
            for (UUID id : leases.enabled()) {
                readers.computeIfAbsent(id, this::start);
            }
        } catch (RuntimeException e) {
            Log.warnf("Mailbox readers will look again: %s", e.getMessage());
        }
    }

    private Reader start(UUID id) {
        Reader reader = new Reader(id);
        Thread thread = new Thread(reader, "mailbox-reader-" + id);
        thread.setDaemon(true);
        thread.start();
        return reader;
    }

    void onStop(@Observes ShutdownEvent stop) {
        stopping = true;
        readers.values().forEach(Reader::stop);
        watchdog.shutdownNow();
    }

    /** This instance's name in the accounts' leases. */
    public String owner() {
        return owner;
    }

    /** Reads one account while this instance holds its lease. */
    private final class Reader implements Runnable {
        private final UUID id;
        private volatile Store store;
        private volatile boolean stopped;

        Reader(UUID id) {
            this.id = id;
        }

        @Override
        public void run() {
            try {
                while (!stopped && !stopping) {
                    var mailbox = leases.lease(id, owner);
                    if (mailbox.isEmpty()) {
                        return; // another instance reads it, or it was removed or disabled
                    }
                    try {
                        read(mailbox.get());
                    } catch (AddressPolicy.Refused e) {
                        Log.warnf("Mailbox %s@%s refused: %s", mailbox.get().username(), mailbox.get().host(), e.getMessage());
                        safely(() -> leases.polled(id, e.getMessage()));
                        pause();
                    } catch (MessagingException | IOException | RuntimeException e) {
                        if (!stopped && !stopping) {
                            Log.warnf("Mailbox %s@%s: %s; trying again", mailbox.get().username(), mailbox.get().host(), e.toString());
                            safely(() -> leases.polled(id, e.getMessage() == null ? e.toString() : e.getMessage()));
                            pause();
                        }
                    } finally {
                        close();
                    }
                }
            } finally {
                readers.remove(id);
                safely(() -> leases.release(id, owner));
            }
        }

        /** Connected, reads new mail, waits, and again, until the lease is lost or the account changes. */
        private void read(MailboxLeases.Mailbox mailbox) throws MessagingException, IOException, AddressPolicy.Refused {
            InetAddress address = policy.resolve(mailbox.host()).get(0);
            Session session = Session.getInstance(properties(mailbox));
            store = session.getStore(mailbox.tls() ? "imaps" : "imap");
            store.connect(address.getHostAddress(), mailbox.port(), mailbox.username(), mailbox.password());
            IMAPFolder folder = (IMAPFolder) store.getFolder(mailbox.folder());
            folder.open(Folder.READ_ONLY);
            boolean idle = ((IMAPStore) store).hasCapability("IDLE");
            while (!stopped && !stopping) {
                long last = leases.position(id, folder.getUIDValidity());
                if (!readNew(folder, last, mailbox.serviceCode())) {
                    return;
                }
                safely(() -> leases.polled(id, null));
                if (leases.lease(id, owner).filter(m -> m.equals(mailbox)).isEmpty()) {
                    return; // lost, or the admin changed the account: connect afresh
                }
                if (idle) {
                    ScheduledFuture<?> wake = watchdog.schedule(() -> safely(folder::getMessageCount),
                            config.idleTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    try {
                        folder.idle(true);
                    } finally {
                        wake.cancel(false);
                    }
                } else {
                    pause();
                }
            }
        }

        /** Imports the mails after UID {@code last}, oldest first; false when the lease was lost meanwhile. */
        private boolean readNew(IMAPFolder folder, long last, String serviceCode) throws MessagingException, IOException {
            Message[] found = folder.getMessagesByUID(last + 1, UIDFolder.MAXUID);
            if (found.length == 0) {
                return true;
            }
            InboundMailParser parser = imports.parserFor(serviceCode);
            FetchProfile profile = new FetchProfile();
            profile.add(UIDFolder.FetchProfileItem.UID);
            profile.add(FetchProfile.Item.SIZE);
            folder.fetch(found, profile);
            long limit = config.maxSize().asLongValue();
            for (int from = 0; from < found.length; from += PREFETCH) {
                Message[] chunk = Arrays.copyOfRange(found, from, Math.min(found.length, from + PREFETCH));
                // whole mails of a chunk in one FETCH, not one round trip per mail (oversized ones stay out)
                Message[] small = Arrays.stream(chunk).filter(m -> size(m) <= limit).toArray(Message[]::new);
                FetchProfile whole = new FetchProfile();
                whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
                folder.fetch(small, whole);
                for (Message message : chunk) {
                    long uid = folder.getUID(message);
                    if (uid <= last) {
                        continue; // "n:*" names the last mail even when it is older than n
                    }
                    long size = size(message);
                    boolean done = size > limit
                            ? imports.oversized(id, owner, uid, size, headers((IMAPMessage) message))
                            : imports.read(id, owner, uid, raw((IMAPMessage) message), parser);
                    if (!done) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static long size(Message message) {
            try {
                return message.getSize();
            } catch (MessagingException e) {
                return -1;
            }
        }

        private byte[] raw(IMAPMessage message) throws MessagingException, IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
            message.writeTo(out);
            return out.toByteArray();
        }

        private byte[] headers(IMAPMessage message) throws MessagingException {
            List<String> lines = Collections.list(message.getAllHeaderLines());
            return (String.join("\r\n", lines) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        }

        private Properties properties(MailboxLeases.Mailbox mailbox) {
            String protocol = mailbox.tls() ? "imaps" : "imap";
            String timeout = String.valueOf(config.timeout().toMillis());
            Properties p = new Properties();
            p.put("mail." + protocol + ".connectiontimeout", timeout);
            p.put("mail." + protocol + ".timeout", String.valueOf(config.idleTimeout().plus(config.timeout()).toMillis()));
            p.put("mail." + protocol + ".writetimeout", timeout);
            // one fetch per mail, not 16 KB pieces
            p.put("mail." + protocol + ".partialfetch", "false");
            if (mailbox.tls()) {
                p.put("mail.imaps.ssl.checkserveridentity", "true");
                p.put("mail.imaps.ssl.socketFactory", new NamedTlsSocketFactory(mailbox.host()));
            }
            return p;
        }

        private void pause() {
            try {
                Thread.sleep(config.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
        }

        /** Logs out (an IMAP client that just drops the connection leaves some servers busy). */
        private void close() {
            Store open = store;
            store = null;
            if (open != null) {
                try {
                    open.close();
                } catch (MessagingException | RuntimeException e) {
                    Log.debugf("Closing mailbox %s: %s", id, e.getMessage());
                }
            }
        }

        void stop() {
            stopped = true;
            close();
        }
    }

    private static void safely(ThrowingRunnable action) {
        try {
            action.run();
        } catch (Exception e) {
            Log.debugf("Ignored while reading a mailbox: %s", e.getMessage());
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
