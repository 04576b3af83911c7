package io.switchboard.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt of a delivery, kept for the log: when, how long, what the other side answered, what followed. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt {

    /** What the attempt led to. */
    public enum Outcome {
        DELIVERED, RETRY, FAILED
    }

    @Id
    private UUID id;

    @Column(name = "delivery_id", nullable = false)
    private UUID deliveryId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMillis;

    @Column(name = "status_code")
    private Integer statusCode;

    private String error;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    protected DeliveryAttempt() {
    }

    DeliveryAttempt(UUID deliveryId, AttemptResult result, String error, Outcome outcome) {
        this.id = UUID.randomUUID();
        this.deliveryId = deliveryId;
        this.startedAt = result.startedAt();
        this.durationMillis = result.duration().toMillis();
        this.statusCode = result.statusCode();
        this.error = error;
        this.outcome = outcome;
    }

    public UUID id() {
        return id;
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public long durationMillis() {
        return durationMillis;
    }

    public Integer statusCode() {
        return statusCode;
    }

    public String error() {
        return error;
    }

    public Outcome outcome() {
        return outcome;
    }
}
