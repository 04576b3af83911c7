package io.switchboard.notification.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One mail of a ticket's conversation, the customer's or ours, by its Message-ID. */
@Entity
@Table(name = "mail_thread_entry")
@IdClass(MailThreadEntry.Key.class)
public class MailThreadEntry {

    /** Ticket and Message-ID. */
    public static class Key implements Serializable {
        UUID ticketId;
        String mailMessageId;

        protected Key() {
        }

        public Key(UUID ticketId, String mailMessageId) {
            this.ticketId = ticketId;
            this.mailMessageId = mailMessageId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && ticketId.equals(key.ticketId) && mailMessageId.equals(key.mailMessageId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ticketId, mailMessageId);
        }
    }

    @Id
    @Column(name = "ticket_id")
    private UUID ticketId;

    @Id
    @Column(name = "mail_message_id")
    private String mailMessageId;

    @Column(name = "from_customer", nullable = false)
    private boolean fromCustomer;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected MailThreadEntry() {
    }

    public MailThreadEntry(UUID ticketId, String mailMessageId, boolean fromCustomer, Instant addedAt) {
        this.ticketId = ticketId;
        this.mailMessageId = mailMessageId;
        this.fromCustomer = fromCustomer;
        this.addedAt = addedAt;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public String mailMessageId() {
        return mailMessageId;
    }

    public boolean fromCustomer() {
        return fromCustomer;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
