package io.switchboard.notification.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A service's layout for one reply type in one language; its HTML contains {@code {{content}}} once. */
@Entity
@Table(name = "mail_layout")
@IdClass(MailLayout.Key.class)
public class MailLayout {

    /** Service, reply type and language. */
    public static class Key implements Serializable {
        String serviceCode;
        ReplyType replyType;
        String language;

        protected Key() {
        }

        public Key(String serviceCode, ReplyType replyType, String language) {
            this.serviceCode = serviceCode;
            this.replyType = replyType;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && serviceCode.equals(key.serviceCode) && replyType == key.replyType
                    && language.equals(key.language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(serviceCode, replyType, language);
        }
    }

    @Id
    @Column(name = "service_code")
    private String serviceCode;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "reply_type")
    private ReplyType replyType;

    @Id
    private String language;

    @Column(nullable = false)
    private String html;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Counts admins' changes, from 1 when first stored. */
    @Column(nullable = false)
    private long version;

    protected MailLayout() {
    }

    public MailLayout(String serviceCode, ReplyType replyType, String language, String html, Instant now) {
        this.serviceCode = serviceCode;
        this.replyType = replyType;
        this.language = language;
        change(html, now);
    }

    /** Takes new HTML; 400 when it is not a valid layout (see {@link LayoutTemplate#accept}). */
    public void change(String newHtml, Instant now) {
        html = LayoutTemplate.accept(newHtml);
        updatedAt = now;
        version++;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public ReplyType replyType() {
        return replyType;
    }

    public String language() {
        return language;
    }

    public String html() {
        return html;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
