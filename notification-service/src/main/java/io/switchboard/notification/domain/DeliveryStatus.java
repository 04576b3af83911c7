package io.switchboard.notification.domain;

/** Where a delivery stands: QUEUED until sent, retried with backoff, FAILED (dead letter) or SKIPPED for good. */
public enum DeliveryStatus {
    QUEUED, SENT, FAILED, SKIPPED
}
