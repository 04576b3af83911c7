package io.switchboard.ticket.mail.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Fetching the files of customers' mails from notification-service ({@code switchboard.inbound-mail.*}). */
@ConfigMapping(prefix = "switchboard.inbound-mail")
public interface InboundMailConfig {

    /** notification-service's base URL; production sets SWITCHBOARD_INBOUND_MAIL_NOTIFICATION_URL. */
    @WithDefault("http://127.0.0.1:8084")
    String notificationUrl();

    /** How long one download (or token request) may take. */
    @WithDefault("5s")
    Duration downloadTimeout();

    /** Attempts per file before the mail is handed back to the Inbox to retry later. */
    @WithDefault("3")
    int downloadAttempts();

    /** Wait after the first failed attempt; doubled after each further one. */
    @WithDefault("500ms")
    Duration downloadBackoff();
}
