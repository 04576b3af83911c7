package io.switchboard.notification.application;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/**
 * Sends mail over SMTP, reusing connections: each sender thread borrows one from a pool of open ones, so a
 * busy sender does not pay a TCP and SMTP handshake per mail. Every exchange has a timeout, so a stalled
 * server costs one attempt, not a thread. A connection that failed is closed, never returned to the pool.
 */
@ApplicationScoped
public class SmtpMailer {

    /** How an SMTP failure counts: worth retrying, or refused for good (a 5xx answer). */
    public static class SmtpFailure extends Exception {
        private final boolean permanent;

        SmtpFailure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }

    private record Connection(Transport transport, long idleSince) {
    }

    private final MailConfig.Smtp config;
    private final Session session;
    private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>();

    SmtpMailer(MailConfig mail) {
        this.config = mail.smtp();
        this.session = Session.getInstance(properties(config));
    }

    private static Properties properties(MailConfig.Smtp smtp) {
        String protocol = smtp.security() == MailConfig.Smtp.Security.TLS ? "smtps" : "smtp";
        String timeout = String.valueOf(smtp.timeout().toMillis());
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", smtp.host());
        p.put("mail." + protocol + ".port", String.valueOf(smtp.port()));
        p.put("mail." + protocol + ".connectiontimeout", timeout);
        p.put("mail." + protocol + ".timeout", timeout);
        p.put("mail." + protocol + ".writetimeout", timeout);
        p.put("mail." + protocol + ".quitwait", "false");
        p.put("mail." + protocol + ".auth", String.valueOf(smtp.username().isPresent()));
        if (smtp.security() == MailConfig.Smtp.Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (smtp.security() != MailConfig.Smtp.Security.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** A message of this mailer's session, for {@link #send}. */
    public MimeMessage newMessage(String messageId) {
        return new FixedIdMessage(session, messageId);
    }

    /**
     * Sends the message on a pooled connection; when a reused connection turns out to be dead (the server
     * dropped it while idle) before the server answered anything, it is sent once more on a fresh one.
     */
    public void send(MimeMessage message) throws SmtpFailure {
        Connection connection = borrow();
        boolean reused = connection != null;
        try {
            if (connection == null) {
                connection = connect();
            }
            try {
                transmit(connection, message);
            } catch (MessagingException e) {
                close(connection);
                connection = null;
                if (!reused || answeredByServer(e)) {
                    throw e;
                }
                connection = connect();
                transmit(connection, message);
            }
            idle.offerFirst(new Connection(connection.transport(), System.nanoTime()));
        } catch (MessagingException e) {
            if (connection != null) {
                close(connection);
            }
            throw new SmtpFailure(describe(e), permanent(e), e);
        }
    }

    private static void transmit(Connection connection, MimeMessage message) throws MessagingException {
        message.saveChanges();
        connection.transport().sendMessage(message, message.getAllRecipients());
    }

    private Connection borrow() {
        long maxIdleNanos = config.maxIdle().toNanos();
        for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
            if (System.nanoTime() - c.idleSince() < maxIdleNanos && c.transport().isConnected()) {
                return c;
            }
            close(c);
        }
        return null;
    }

    private Connection connect() throws MessagingException {
        Transport transport = session.getTransport();
        transport.connect(config.host(), config.port(), config.username().orElse(null),
                config.password().orElse(null));
        return new Connection(transport, System.nanoTime());
    }

    private static void close(Connection connection) {
        try {
            connection.transport().close();
        } catch (MessagingException | RuntimeException ignored) {
            // it is being thrown away
        }
    }

    private static boolean answeredByServer(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPSendFailedException || t instanceof SMTPAddressFailedException) {
                return true;
            }
        }
        return false;
    }

    /** A 5xx answer (mailbox unknown, message refused) will not change on a retry. */
    private static boolean permanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            int code = t instanceof SMTPSendFailedException s ? s.getReturnCode()
                    : t instanceof SMTPAddressFailedException a ? a.getReturnCode() : -1;
            if (code >= 500 && code < 600) {
                return true;
            }
            if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t
                    && permanent(m.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 600; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (out.indexOf(message) < 0) {
                out.append(out.isEmpty() ? "" : ": ").append(message);
            }
        }
        return out.toString();
    }

    void onStop(@Observes ShutdownEvent stop) {
        for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
            close(c);
        }
    }

    /** Keeps our stable Message-ID: Jakarta Mail would otherwise make a new one at every save. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
