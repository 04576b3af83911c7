package io.switchboard.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MailDeliveryTest {

    private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(30), 4);

    @Test
    void backoffDoublesUpToItsCap() {
        assertEquals(Duration.ofSeconds(5), BACKOFF.delayAfter(1));
        assertEquals(Duration.ofSeconds(10), BACKOFF.delayAfter(2));
        assertEquals(Duration.ofSeconds(20), BACKOFF.delayAfter(3));
        assertEquals(Duration.ofSeconds(30), BACKOFF.delayAfter(4));
        assertEquals(Duration.ofSeconds(30), BACKOFF.delayAfter(1000));
    }

    @Test
    void failedAttemptsAreRetriedWithBackoffUntilTheLastOneFails() {
        MailDelivery delivery = queued();
        delivery.attemptFailed("connection refused", NOW, BACKOFF);
        assertEquals(DeliveryStatus.QUEUED, delivery.status());
        assertEquals(NOW.plusSeconds(5), delivery.nextAttemptAt());
        delivery.attemptFailed("connection refused", NOW, BACKOFF);
        delivery.attemptFailed("connection refused", NOW, BACKOFF);
        delivery.attemptFailed("connection refused", NOW, BACKOFF);
        assertEquals(DeliveryStatus.FAILED, delivery.status());
        assertEquals(4, delivery.attempts());
        assertEquals("connection refused", delivery.lastError());
        assertNull(delivery.nextAttemptAt());
    }

    @Test
    void onlyAFailedDeliveryCanBeRequeued() {
        MailDelivery delivery = queued();
        assertThrows(ProblemException.Conflict.class, () -> delivery.requeue(NOW));
        for (int i = 0; i < BACKOFF.maxAttempts(); i++) {
            delivery.attemptFailed("timeout", NOW, BACKOFF);
        }
        delivery.requeue(NOW.plusSeconds(60));
        assertEquals(DeliveryStatus.QUEUED, delivery.status());
        assertEquals(0, delivery.attempts());
        assertEquals(NOW.plusSeconds(60), delivery.nextAttemptAt());
    }

    @Test
    void aClaimKeepsTheDeliveryFromOtherSendersAndGivesAStableMessageId() {
        MailDelivery delivery = queued();
        OutgoingMail mail = delivery.claim(NOW.plusSeconds(120));
        assertEquals(NOW.plusSeconds(120), delivery.nextAttemptAt());
        assertEquals("<" + delivery.id() + "@switchboard>", mail.messageId());
        assertEquals(mail.messageId(), delivery.claim(NOW).messageId());
    }

    private static MailDelivery queued() {
        return MailDelivery.of(UUID.randomUUID(), new AssignmentNotice(UUID.randomUUID(), "CS-1", "Refund", "Support",
                "Bob", "bob@example.com", new AssignmentNotice.Assigner(true, "Billing", null)), NOW);
    }
}
