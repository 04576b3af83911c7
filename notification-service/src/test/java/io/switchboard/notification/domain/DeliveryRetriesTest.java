package io.switchboard.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryRetriesTest {

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
        Delivery delivery = queued();
        DeliveryAttempt first = delivery.record(retryable(null), NOW, BACKOFF);
        assertEquals(DeliveryAttempt.Outcome.RETRY, first.outcome());
        assertEquals(DeliveryStatus.QUEUED, delivery.status());
        assertEquals(NOW.plusSeconds(5), delivery.nextAttemptAt());
        delivery.record(retryable(null), NOW, BACKOFF);
        delivery.record(retryable(null), NOW, BACKOFF);
        DeliveryAttempt last = delivery.record(retryable(null), NOW, BACKOFF);
        assertEquals(DeliveryAttempt.Outcome.FAILED, last.outcome());
        assertEquals(DeliveryStatus.FAILED, delivery.status());
        assertEquals(4, delivery.attempts());
        assertEquals("connection refused", delivery.lastError());
        assertNull(delivery.nextAttemptAt());
    }

    @Test
    void aLongerRetryAfterThanTheBackoffIsHonoured() {
        Delivery delivery = queued();
        delivery.record(retryable(Duration.ofSeconds(120)), NOW, BACKOFF);
        assertEquals(NOW.plusSeconds(120), delivery.nextAttemptAt());
        delivery.record(retryable(Duration.ofSeconds(1)), NOW, BACKOFF);
        assertEquals(NOW.plusSeconds(10), delivery.nextAttemptAt(), "a shorter one does not cut the backoff");
    }

    @Test
    void aPermanentFailureIsADeadLetterAtOnce() {
        Delivery delivery = queued();
        DeliveryAttempt attempt = delivery.record(AttemptResult.permanent(NOW, Duration.ofMillis(12), 400, "HTTP 400"),
                NOW, BACKOFF);
        assertEquals(DeliveryStatus.FAILED, delivery.status());
        assertEquals(1, delivery.attempts());
        assertEquals(400, attempt.statusCode());
        assertEquals(12, attempt.durationMillis());
    }

    @Test
    void aDeliveredAttemptIsSent() {
        Delivery delivery = queued();
        DeliveryAttempt attempt = delivery.record(AttemptResult.delivered(NOW, Duration.ofMillis(3), 204), NOW, BACKOFF);
        assertEquals(DeliveryAttempt.Outcome.DELIVERED, attempt.outcome());
        assertEquals(DeliveryStatus.SENT, delivery.status());
        assertEquals(NOW, delivery.sentAt());
        assertEquals(0, delivery.attempts(), "attempts counts the failed ones");
    }

    @Test
    void onlyAFailedDeliveryCanBeRequeued() {
        Delivery delivery = queued();
        assertThrows(ProblemException.Conflict.class, () -> delivery.requeue(NOW));
        for (int i = 0; i < BACKOFF.maxAttempts(); i++) {
            delivery.record(retryable(null), NOW, BACKOFF);
        }
        delivery.requeue(NOW.plusSeconds(60));
        assertEquals(DeliveryStatus.QUEUED, delivery.status());
        assertEquals(0, delivery.attempts());
        assertEquals(NOW.plusSeconds(60), delivery.nextAttemptAt());
    }

    @Test
    void aClaimKeepsTheDeliveryFromOtherSendersAndGivesAStableMessageId() {
        Delivery delivery = queued();
        Outgoing.Mail mail = (Outgoing.Mail) delivery.claim(NOW.plusSeconds(120), "example.org");
        assertEquals(NOW.plusSeconds(120), delivery.nextAttemptAt());
        assertEquals("<" + delivery.id() + "@example.org>", mail.messageId());
        assertEquals(mail.messageId(), ((Outgoing.Mail) delivery.claim(NOW, "example.org")).messageId());
    }

    @Test
    void aRoutedDeliveryKeepsRoutingsIdAndGoesToEveryAddress() {
        UUID id = UUID.randomUUID();
        Delivery delivery = Delivery.routed(origin(id, "CS"), DeliveryKind.MAIL,
                new Content.Mail(List.of("a@example.com", "b@example.com"), "[CS-1] Hi", "Hello", false), NOW);
        assertEquals(id, delivery.id());
        assertEquals(DeliveryStatus.QUEUED, delivery.status());
        Outgoing.Mail mail = (Outgoing.Mail) delivery.claim(NOW, "example.org");
        assertEquals(List.of("a@example.com", "b@example.com"), mail.recipients());
        assertEquals("Hello", mail.text());
        assertNull(mail.html());
    }

    @Test
    void routedDeliveriesThatCanNeverBePerformedAreSkippedWithTheReason() {
        assertSkipped("'not-an-address' is not an e-mail address", Delivery.routed(origin(UUID.randomUUID(), "CS"),
                DeliveryKind.FORWARD, new Content.Mail(List.of("a@example.com", "not-an-address"), "s", "b", false), NOW));
        assertSkipped("MAIL without a mail to send", Delivery.routed(origin(UUID.randomUUID(), "CS"), DeliveryKind.MAIL,
                null, NOW));
        assertSkipped("only http and https URLs with a host are delivered: ftp://example.com/x", Delivery.routed(
                origin(UUID.randomUUID(), "CS"), DeliveryKind.CALLBACK, new Content.Post("ftp://example.com/x", "{}"), NOW));
        assertSkipped("only http and https URLs with a host are delivered: http://user:pw@example.com/x",
                Delivery.routed(origin(UUID.randomUUID(), "CS"), DeliveryKind.DOORAY_HOOK,
                        new Content.Post("http://user:pw@example.com/x", "{}"), NOW));
        assertSkipped("the decision names no service, so there is no secret to sign the callback with",
                Delivery.routed(origin(UUID.randomUUID(), null), DeliveryKind.CALLBACK,
                        new Content.Post("https://example.com/x", "{}"), NOW));
    }

    @Test
    void aCallbackIsClaimedAsASignedPost() {
        Delivery delivery = Delivery.routed(origin(UUID.randomUUID(), "CS"), DeliveryKind.CALLBACK,
                new Content.Post("https://crm.example.com/x", "{\"a\":1}"), NOW);
        Outgoing.Post post = assertInstanceOf(Outgoing.Post.class, delivery.claim(NOW, "example.org"));
        assertEquals("https://crm.example.com/x", post.url());
        assertEquals("{\"a\":1}", post.body());
        assertEquals(true, post.signed());
    }

    private static void assertSkipped(String reason, Delivery delivery) {
        assertEquals(DeliveryStatus.SKIPPED, delivery.status());
        assertEquals(reason, delivery.lastError());
    }

    private static Origin origin(UUID id, String serviceCode) {
        return new Origin(id, UUID.randomUUID(), UUID.randomUUID(), serviceCode, "Billing");
    }

    private static AttemptResult retryable(Duration retryAfter) {
        return AttemptResult.retryable(NOW, Duration.ofMillis(5), null, "connection refused", retryAfter);
    }

    private static Delivery queued() {
        return Delivery.assignmentNotice(UUID.randomUUID(), "CS", new AssignmentNotice(UUID.randomUUID(), "CS-1",
                "Refund", "Support", "Bob", "bob@example.com", new AssignmentNotice.Assigner(true, "Billing", null)), NOW);
    }
}
