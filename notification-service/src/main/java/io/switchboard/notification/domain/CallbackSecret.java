package io.switchboard.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A service's current callback signing secret, kept only encrypted; rotating replaces it. */
@Entity
@Table(name = "callback_secret")
public class CallbackSecret {

    @Id
    @Column(name = "service_code")
    private String serviceCode;

    @Column(nullable = false)
    private UUID id;

    @Column(nullable = false)
    private String ciphertext;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CallbackSecret() {
    }

    public CallbackSecret(String serviceCode, String ciphertext, Instant now) {
        this.serviceCode = serviceCode;
        rotate(ciphertext, now);
    }

    /** A new secret with a new id; the old one stops signing at once. */
    public final void rotate(String newCiphertext, Instant now) {
        id = UUID.randomUUID();
        ciphertext = newCiphertext;
        createdAt = now;
    }

    public String serviceCode() {
        return serviceCode;
    }

    public UUID id() {
        return id;
    }

    public String ciphertext() {
        return ciphertext;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
