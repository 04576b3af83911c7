package io.switchboard.notification.benchmark;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.notification.GreenMailResource.InjectGreenMail;
import io.switchboard.notification.ServiceEvents;
import io.switchboard.notification.application.DeliverySender;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A short benchmark of mail throughput until the load-test module exists (not part of the test suite):
 * {@code ./mvnw -pl notification-service test -Dbenchmark.excluded=none -Dtest=MailThroughputBenchmark}. Outbound: queued
 * customer-facing mails drained to a real SMTP server (GreenMail, in this JVM); inbound: mails imported from
 * one IMAP mailbox. Both run against the embedded PostgreSQL, all on this machine's cores.
 */
@QuarkusTest
@Tag("benchmark")
class MailThroughputBenchmark {

    static final int OUTBOUND = Integer.getInteger("benchmark.outbound", 6000);
    static final int INBOUND = Integer.getInteger("benchmark.inbound", 1500);

    @Inject
    EntityManager entityManager;

    @Inject
    DeliverySender sender;

    @Inject
    @Any
    InMemoryConnector connector;

    @InjectGreenMail
    GreenMail greenMail;

    @Test
    void outboundMailsPerSecond() {
        UUID ticket = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into delivery (id, event_id, ticket_id, kind, recipient, subject, text_body, html_body, status,
                                      attempts, next_attempt_at, created_at, service_code)
                select gen_random_uuid(), gen_random_uuid(), :ticket, 'ASSIGNMENT_NOTICE',
                       'agent' || (n % 50) || '@example.com', '[CS-' || n || '] 결제 문의', '본문 ' || n,
                       '<p>본문 ' || n || '</p>', 'QUEUED', 0, now() + interval '1 hour', now(), 'CS'
                from generate_series(1, :count) n""").setParameter("ticket", ticket).setParameter("count", OUTBOUND)
                .executeUpdate());
        long start = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update delivery set next_attempt_at = now() where ticket_id = :ticket").setParameter("ticket", ticket)
                .executeUpdate());
        sender.wake();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> sent(ticket) == OUTBOUND);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = OUTBOUND / seconds;
        System.out.printf("BENCHMARK outbound: %d mails in %.1f s = %.0f mails/s%n", OUTBOUND, seconds, rate);
        assertTrue(rate >= 200, "outbound " + rate + " mails/s, the target is 200");
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void inboundMailsPerSecondFromOneMailbox() throws Exception {
        ServiceEvents.publish(connector, entityManager, "BENCH", Map.of("root", "ADMIN"));
        String address = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        GreenMailUser user = greenMail.setUser(address, address, "pw");
        Session session = Session.getInstance(new Properties());
        for (int i = 0; i < INBOUND; i++) {
            String raw = ("Message-ID: <bench-" + i + "-" + address + ">\r\nFrom: Customer " + i + " <c" + i
                    + "@example.com>\r\nTo: " + address + "\r\nSubject: =?UTF-8?B?7ZmY67aIIOusuOydmA==?= " + i
                    + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n결제가 두 번 되었습니다. " + i
                    + "\r\n");
            greenMail.getManagers().getImapHostManager().getInbox(user)
                    .store(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));
        }
        long start = System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("host", "127.0.0.1", "port", greenMail.getImap().getPort(),
                        "tls", false, "username", address, "password", "pw"))
                .when().post("/api/v1/notifications/services/BENCH/imap-accounts").then().statusCode(201);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(100)).until(() -> imported(address) == INBOUND);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = INBOUND / seconds;
        System.out.printf("BENCHMARK inbound: %d mails in %.1f s = %.0f mails/s%n", INBOUND, seconds, rate);
        assertTrue(rate >= 50, "inbound " + rate + " mails/s, the target is 50");
    }

    long sent(UUID ticket) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from delivery where ticket_id = :ticket and status = 'SENT'")
                .setParameter("ticket", ticket).getSingleResult()).longValue());
    }

    long imported(String address) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from inbound_mail where mailbox like :box and status = 'IMPORTED'")
                .setParameter("box", address + "@%").getSingleResult()).longValue());
    }
}
