package io.switchboard.notification.inbound.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the service's mailboxes are read. */
@ConfigMapping(prefix = "switchboard.mail.inbound")
public interface InboundConfig {

    /** Off: no mailbox is read by this instance (e.g. a sender-only deployment). */
    @WithDefault("true")
    boolean enabled();

    /** How often the accounts are looked at, and a mailbox without IDLE is polled. */
    @WithDefault("5s")
    Duration pollInterval();

    /** How long one IDLE waits before the mailbox is looked at anyway (and the lease renewed). */
    @WithDefault("25s")
    Duration idleTimeout();

    /** An account's lease: another instance may take it over this long after its holder stopped renewing it. */
    @WithDefault("60s")
    Duration lease();

    /** Connect and read timeout of IMAP. */
    @WithDefault("20s")
    Duration timeout();

    /** A larger mail is quarantined with its headers only. */
    @WithDefault("25M")
    io.quarkus.runtime.configuration.MemorySize maxSize();

    /** Imported mails' files are kept this long for ticket-service to fetch. */
    @WithDefault("30d")
    Duration attachmentRetention();

    /**
     * The record of each mail read (imported, ignored, duplicate) is kept this long; duplicates are recognised
     * within it. Quarantined mail stays until an admin releases or deletes it.
     */
    @WithDefault("180d")
    Duration logRetention();
}
