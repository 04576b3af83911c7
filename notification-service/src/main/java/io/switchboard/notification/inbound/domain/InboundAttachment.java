package io.switchboard.notification.inbound.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A file of an imported mail, kept until ticket-service has fetched it. */
@Entity
@Table(name = "inbound_attachment")
@IdClass(InboundAttachment.Key.class)
public class InboundAttachment {

    private static final int MAX_NAME = 255;

    /** Mail and position. */
    public static class Key implements Serializable {
        UUID mailId;
        int index;

        protected Key() {
        }

        public Key(UUID mailId, int index) {
            this.mailId = mailId;
            this.index = index;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && mailId.equals(key.mailId) && index == key.index;
        }

        @Override
        public int hashCode() {
            return Objects.hash(mailId, index);
        }
    }

    @Id
    @Column(name = "mail_id")
    private UUID mailId;

    @Id
    @Column(name = "idx")
    private int index;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false)
    private byte[] content;

    protected InboundAttachment() {
    }

    public InboundAttachment(UUID mailId, int index, MailAttachment file) {
        this.mailId = mailId;
        this.index = index;
        String name = Storable.text(file.fileName());
        String type = Storable.text(file.contentType());
        this.fileName = name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
        this.contentType = type.length() <= MAX_NAME ? type : "application/octet-stream";
        this.content = file.content();
        this.size = content.length;
    }

    public int index() {
        return index;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public byte[] content() {
        return content;
    }
}
