package io.switchboard.notification.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.notification.GreenMailResource.InjectGreenMail;
import io.switchboard.notification.ServiceEvents;
import io.switchboard.notification.WebhookReceiver;
import io.switchboard.notification.WebhookReceiver.Received;
import io.switchboard.notification.WebhookReceiver.Reply;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The deliveries routing decisions ask for, performed against a real SMTP server and a real HTTP receiver. */
@QuarkusTest
class RoutedDeliveryTest {

    private static final AtomicInteger SERVICES = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebhookReceiver receiver;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @InjectGreenMail
    GreenMail greenMail;

    @BeforeAll
    static void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aCallbackIsSignedWithTheRotatedSecretAndEachDeliveryIsPerformedOnce() throws Exception {
        String service = service(Map.of("alice", "ADMIN"));
        String secret = rotate(service);
        UUID ticket = UUID.randomUUID();
        UUID callback = UUID.randomUUID();
        UUID hook = UUID.randomUUID();
        String payload = "{\"ticket\":\"" + service + "-7\",\"event\":\"assigned\",\"to\":\"bob\"}";
        List<String> deliveries = List.of(callback(callback, receiver.url("/crm/" + service), payload),
                doorayHook(hook, receiver.url("/hook/" + service), "Switchboard", "[" + service + "-7] assigned to bob"));
        UUID event = UUID.randomUUID();
        send(event, ticket, service, deliveries);
        send(event, ticket, service, deliveries); // the same event again
        send(UUID.randomUUID(), ticket, service, deliveries); // another event carrying the same deliveries
        UUID marker = UUID.randomUUID();
        send(UUID.randomUUID(), ticket, service, List.of(callback(marker, receiver.url("/marker/" + service), "{}")));
        awaitStatus(marker, "SENT"); // everything sent before the marker has been consumed
        awaitStatus(callback, "SENT");
        awaitStatus(hook, "SENT");

        assertEquals(1, receiver.received("/crm/" + service).size(), "the callback was POSTed once");
        assertEquals(1, receiver.received("/hook/" + service).size(), "the hook was POSTed once");
        Received request = receiver.received("/crm/" + service).get(0);
        assertEquals(JSON.readTree(payload), JSON.readTree(request.body()));
        assertEquals(callback.toString(), request.header("X-Switchboard-Delivery"));
        assertTrue(request.header("Content-Type").startsWith("application/json"), request.header("Content-Type"));
        assertSigned(secret, request);

        Received message = receiver.received("/hook/" + service).get(0);
        JsonNode hookBody = JSON.readTree(message.body());
        assertEquals("Switchboard", hookBody.path("botName").asText());
        assertEquals("[" + service + "-7] assigned to bob", hookBody.path("text").asText());
        assertEquals(2, hookBody.size(), "botName and text, nothing else");
        assertEquals(null, message.header("X-Switchboard-Signature"), "hooks are not signed");

        given().when().get("/api/v1/notifications/deliveries/" + callback).then().statusCode(200)
                .body("delivery.kind", equalTo("CALLBACK")).body("delivery.trigger", equalTo("VIP to CRM"))
                .body("delivery.url", equalTo(receiver.url("/crm/" + service)))
                .body("attempts", hasSize(1)).body("attempts[0].statusCode", equalTo(200))
                .body("attempts[0].outcome", equalTo("DELIVERED"));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void failingAttemptsAreRetriedWithBackoffAndRetryAfterIsHonoured() throws Exception {
        String service = service(Map.of());
        String secret = rotate(service);
        String path = "/flaky/" + service;
        receiver.script(path, new Reply(503, Map.of("Retry-After", "2"), "maintenance"), Reply.of(500), Reply.of(204));
        UUID callback = UUID.randomUUID();
        send(UUID.randomUUID(), UUID.randomUUID(), service, List.of(callback(callback, receiver.url(path), "{\"n\":1}")));

        awaitStatus(callback, "SENT");
        JsonPath details = given().when().get("/api/v1/notifications/deliveries/" + callback).then().statusCode(200)
                .body("delivery.attempts", equalTo(2))
                .body("attempts.statusCode", equalTo(List.of(503, 500, 204)))
                .body("attempts.outcome", equalTo(List.of("RETRY", "RETRY", "DELIVERED")))
                .body("attempts[0].error", equalTo("HTTP 503 Service Unavailable"))
                .body("attempts[1].error", equalTo("HTTP 500 Internal Server Error"))
                .extract().jsonPath();
        Instant first = Instant.parse(details.getString("attempts[0].startedAt"));
        Instant second = Instant.parse(details.getString("attempts[1].startedAt"));
        assertTrue(Duration.between(first, second).compareTo(Duration.ofMillis(1900)) >= 0,
                "the second attempt waited for Retry-After (2s), not the 250ms backoff: " + first + " → " + second);
        List<Received> requests = receiver.received(path);
        assertEquals(3, requests.size());
        requests.forEach(r -> assertSigned(secret, r)); // each attempt signed afresh
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void aClientErrorFailsAtOnceAndAnAdminRetriesTheDeadLetter() {
        String service = service(Map.of());
        rotate(service);
        String path = "/strict/" + service;
        receiver.script(path, new Reply(400, Map.of(), "unknown field 'to'"), Reply.of(200));
        UUID callback = UUID.randomUUID();
        UUID ticket = UUID.randomUUID();
        send(UUID.randomUUID(), ticket, service, List.of(callback(callback, receiver.url(path), "{}")));

        awaitStatus(callback, "FAILED");
        assertEquals(1, receiver.received(path).size(), "a 400 is not retried");
        given().when().get("/api/v1/notifications/deliveries?status=FAILED&kind=CALLBACK&ticketId=" + ticket)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].attempts", equalTo(1))
                .body("items[0].lastError", equalTo("HTTP 400 Bad Request"));

        given().when().post("/api/v1/notifications/deliveries/" + callback + "/retry").then().statusCode(200)
                .body("status", equalTo("QUEUED"));
        awaitStatus(callback, "SENT");
        assertEquals(2, receiver.received(path).size());
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void theReceiversAnswerNeverComesBackAndRedirectsAreNotFollowed() {
        String service = service(Map.of());
        rotate(service);
        String leaky = "/leaky/" + service;
        String moved = "/moved/" + service;
        String target = "/target/" + service;
        receiver.script(leaky, new Reply(403, Map.of(), "{\"internal\":\"db-password=hunter2\"}"));
        receiver.script(moved, new Reply(302, Map.of("Location", receiver.url(target)), "see elsewhere"));
        UUID answered = UUID.randomUUID();
        UUID redirected = UUID.randomUUID();
        send(UUID.randomUUID(), UUID.randomUUID(), service, List.of(callback(answered, receiver.url(leaky), "{}"),
                doorayHook(redirected, receiver.url(moved), "Bot", "hi")));

        awaitStatus(answered, "FAILED");
        awaitStatus(redirected, "FAILED");
        given().when().get("/api/v1/notifications/deliveries/" + answered).then().statusCode(200)
                .body("delivery.lastError", equalTo("HTTP 403 Forbidden"))
                .body("attempts[0].error", equalTo("HTTP 403 Forbidden"))
                .body(not(containsString("hunter2")));
        given().when().get("/api/v1/notifications/deliveries/" + redirected).then().statusCode(200)
                .body("delivery.lastError", equalTo("HTTP 302 Found (redirects are not followed)"))
                .body("attempts[0].statusCode", equalTo(302));
        assertEquals(0, receiver.received(target).size(), "the redirect was not followed");
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void anUnreachableReceiverIsRetriedUntilTheDeliveryIsADeadLetter() throws Exception {
        String service = service(Map.of());
        UUID hook = UUID.randomUUID();
        String closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = "http://127.0.0.1:" + socket.getLocalPort() + "/gone";
        }
        send(UUID.randomUUID(), UUID.randomUUID(), service, List.of(doorayHook(hook, closed, "Bot", "hello")));

        awaitStatus(hook, "FAILED");
        given().when().get("/api/v1/notifications/deliveries/" + hook).then().statusCode(200)
                .body("delivery.attempts", equalTo(5)).body("attempts", hasSize(5))
                .body("attempts.outcome", equalTo(List.of("RETRY", "RETRY", "RETRY", "RETRY", "FAILED")))
                .body("attempts[0].error", equalTo("connection refused"));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void internalAddressesAreRefusedAndOtherSchemesSkipped() {
        String service = service(Map.of());
        rotate(service);
        UUID metadata = UUID.randomUUID();
        UUID privateNet = UUID.randomUUID();
        UUID loopback6 = UUID.randomUUID();
        UUID mapped = UUID.randomUUID();
        UUID localhost = UUID.randomUUID();
        UUID ftp = UUID.randomUUID();
        send(UUID.randomUUID(), UUID.randomUUID(), service, List.of(
                callback(metadata, "http://169.254.169.254/latest/meta-data/", "{}"),
                callback(privateNet, "https://10.20.30.40/hook", "{}"),
                doorayHook(loopback6, "http://[::1]:8084/q/health", "Bot", "hi"),
                callback(mapped, "http://[::ffff:127.0.0.1]:8084/q/health", "{}"),
                callback(localhost, "http://localhost.:8084/q/health", "{}"),
                callback(ftp, "ftp://files.example.com/in", "{}")));

        // 127.0.0.1/32 is allowed in the tests, yet neither the mapped spelling nor localhost (also ::1) passes
        for (UUID refused : List.of(metadata, privateNet, loopback6, mapped, localhost)) {
            awaitStatus(refused, "FAILED");
            given().when().get("/api/v1/notifications/deliveries/" + refused).then().statusCode(200)
                    .body("delivery.attempts", equalTo(1))
                    .body("delivery.lastError", containsString("; refused so that settings cannot reach internal networks"))
                    .body("attempts[0].statusCode", equalTo(null));
        }
        awaitStatus(ftp, "SKIPPED");
        given().when().get("/api/v1/notifications/deliveries/" + ftp).then().statusCode(200)
                .body("delivery.lastError", equalTo("only http and https URLs with a host are delivered: ftp://files.example.com/in"))
                .body("attempts", hasSize(0));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void aCallbackWaitsForASecretAsADeadLetter() {
        String service = service(Map.of());
        String path = "/unsigned/" + service;
        UUID callback = UUID.randomUUID();
        send(UUID.randomUUID(), UUID.randomUUID(), service, List.of(callback(callback, receiver.url(path), "{}")));

        awaitStatus(callback, "FAILED");
        assertEquals(0, receiver.received(path).size(), "nothing goes out unsigned");
        given().when().get("/api/v1/notifications/deliveries/" + callback).then()
                .body("delivery.lastError", containsString("has no callback secret"));

        String secret = rotate(service);
        given().when().post("/api/v1/notifications/deliveries/" + callback + "/retry").then().statusCode(200);
        awaitStatus(callback, "SENT");
        assertSigned(secret, receiver.received(path).get(0));
    }

    @Test
    void mailsAndForwardsGoOutAsRoutingRenderedThemOnce() throws Exception {
        String service = service(Map.of());
        UUID notice = UUID.randomUUID();
        UUID forward = UUID.randomUUID();
        UUID incomplete = UUID.randomUUID();
        UUID ticket = UUID.randomUUID();
        List<String> deliveries = List.of(
                mail(notice, "MAIL", List.of("ops1@example.com", "ops2@example.com"), "[" + service + "-12] New VIP inquiry",
                        "A VIP wrote to us.", false),
                mail(forward, "FORWARD", List.of("partner@example.org"), "Fwd: [" + service + "-12] Refund",
                        "<p>Forwarded: <b>Refund</b></p>", true),
                "{\"id\":\"" + incomplete + "\",\"kind\":\"MAIL\",\"trigger\":" + TRIGGER + "}");
        send(UUID.randomUUID(), ticket, service, deliveries);
        send(UUID.randomUUID(), ticket, service, deliveries);
        awaitStatus(notice, "SENT");
        awaitStatus(forward, "SENT");
        awaitStatus(incomplete, "SKIPPED");

        List<MimeMessage> notices = mails("[" + service + "-12] New VIP inquiry");
        assertEquals(2, notices.size(), "one message, delivered to each of its two recipients");
        MimeMessage first = notices.get(0);
        assertEquals("ops1@example.com, ops2@example.com",
                String.join(", ", Arrays.stream(first.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList()));
        assertEquals("<" + notice + "@switchboard.local>", first.getMessageID());
        assertEquals("A VIP wrote to us.", MailDeliveryTest.part(first, "text/plain").strip());

        List<MimeMessage> forwards = mails("Fwd: [" + service + "-12] Refund");
        assertEquals(1, forwards.size());
        assertEquals("partner@example.org", forwards.get(0).getRecipients(Message.RecipientType.TO)[0].toString());
        assertTrue(MailDeliveryTest.part(forwards.get(0), "text/html").contains("<b>Refund</b>"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aServiceAdminSeesAndRetriesOnlyTheirServicesDeliveries() {
        String mine = service(Map.of("alice", "ADMIN"));
        String theirs = service(Map.of("bob", "ADMIN"));
        String operated = service(Map.of("alice", "OPERATOR"));
        UUID ticket = UUID.randomUUID();
        UUID myHook = UUID.randomUUID();
        UUID theirHook = UUID.randomUUID();
        receiver.script("/refuse", Reply.of(404));
        send(UUID.randomUUID(), ticket, mine, List.of(doorayHook(myHook, receiver.url("/refuse"), "Bot", "mine")));
        send(UUID.randomUUID(), ticket, theirs, List.of(doorayHook(theirHook, receiver.url("/refuse"), "Bot", "theirs")));
        awaitStatus(myHook, "FAILED");
        awaitStatus(theirHook, "FAILED");

        given().when().get("/api/v1/notifications/deliveries?ticketId=" + ticket).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(myHook.toString()))
                .body("items[0].kind", equalTo("DOORAY_HOOK")).body("items[0].serviceCode", equalTo(mine));
        given().when().get("/api/v1/notifications/deliveries?ticketId=" + ticket + "&serviceCode=" + theirs)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/notifications/deliveries?serviceCode=" + operated)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/notifications/deliveries/" + theirHook).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().post("/api/v1/notifications/deliveries/" + theirHook + "/retry").then().statusCode(404);
        given().when().post("/api/v1/notifications/deliveries/" + myHook + "/retry").then().statusCode(200)
                .body("status", equalTo("QUEUED"));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void theLogFiltersByKindAndStatusAndPagesWithACursor() {
        String service = service(Map.of());
        UUID ticket = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        send(UUID.randomUUID(), ticket, service, List.of(doorayHook(a, receiver.url("/ok"), "Bot", "1"),
                doorayHook(b, receiver.url("/ok"), "Bot", "2"),
                mail(c, "FORWARD", List.of("x@example.org"), "[" + service + "-1] fwd", "text", false)));
        awaitStatus(a, "SENT");
        awaitStatus(b, "SENT");
        awaitStatus(c, "SENT");

        given().when().get("/api/v1/notifications/deliveries?ticketId=" + ticket + "&kind=DOORAY_HOOK&status=SENT")
                .then().statusCode(200).body("items", hasSize(2)).body("items.id", hasItems(a.toString(), b.toString()));
        given().when().get("/api/v1/notifications/deliveries?ticketId=" + ticket + "&kind=FORWARD")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].recipient", equalTo("x@example.org"));
        String next = given().when().get("/api/v1/notifications/deliveries?limit=2&ticketId=" + ticket)
                .then().statusCode(200).body("items", hasSize(2)).extract().path("next");
        given().when().get("/api/v1/notifications/deliveries?limit=2&ticketId=" + ticket + "&cursor=" + next)
                .then().statusCode(200).body("items", hasSize(1)).body("next", equalTo(null));
    }

    // --- helpers

    private static final String TRIGGER = "{\"id\":\"b0000000-0000-4000-8000-000000000001\",\"name\":\"VIP to CRM\",\"version\":1}";

    /** A fresh service with these members, as ticket-service announces it. */
    String service(Map<String, String> members) {
        String code = "RD" + SERVICES.incrementAndGet() + "_" + (System.nanoTime() % 10_000);
        ServiceEvents.publish(connector, entityManager, code, members);
        return code;
    }

    String rotate(String service) {
        return given().when().post("/api/v1/notifications/services/" + service + "/callback-secret")
                .then().statusCode(201).extract().path("secret");
    }

    void send(UUID eventId, UUID ticketId, String serviceCode, List<String> deliveries) {
        String data = """
                {"ticketId":"%s","decisionId":"%s","outcome":"ASSIGNED","groupId":"a0000000-0000-4000-8000-000000000001",
                 "assignee":"bob","trigger":%s,"reason":"round-robin among 2","serviceCode":"%s","evaluation":"CREATED",
                 "summary":"assigned to bob by trigger 'VIP to CRM' (v1) — round-robin among 2",
                 "deliveries":[%s]}""".formatted(ticketId, UUID.randomUUID(), TRIGGER, serviceCode,
                String.join(",", deliveries));
        String record = TestEvents.cloudEvent(eventId, "/switchboard/routing-service", "AssignmentDecided",
                ticketId.toString(), data);
        EventContract.assertValid(record);
        connector.source("routing-decisions").send(record);
    }

    static String callback(UUID id, String url, String payload) {
        return """
                {"id":"%s","kind":"CALLBACK","trigger":%s,"callback":{"url":"%s","payload":%s}}"""
                .formatted(id, TRIGGER, url, payload);
    }

    static String doorayHook(UUID id, String url, String botName, String text) {
        return """
                {"id":"%s","kind":"DOORAY_HOOK","trigger":%s,"doorayHook":{"url":"%s","botName":"%s","text":"%s"}}"""
                .formatted(id, TRIGGER, url, botName, text);
    }

    static String mail(UUID id, String kind, List<String> to, String subject, String body, boolean html) {
        String recipients = String.join(",", to.stream().map(t -> "\"" + t + "\"").toList());
        return """
                {"id":"%s","kind":"%s","trigger":%s,"mail":{"to":[%s],"subject":"%s","body":"%s","html":%s}}"""
                .formatted(id, kind, TRIGGER, recipients, subject, body, html);
    }

    /** The signature a receiver computes: HMAC-SHA256(secret, timestamp + "." + body), fresh timestamp. */
    static void assertSigned(String secret, Received request) {
        String timestamp = request.header("X-Switchboard-Timestamp");
        long age = Instant.now().getEpochSecond() - Long.parseLong(timestamp);
        assertTrue(age >= 0 && age < 300, "timestamp " + timestamp + " is recent");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "v1=" + HexFormat.of().formatHex(
                    mac.doFinal((timestamp + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
            assertEquals(expected, request.header("X-Switchboard-Signature"));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    String awaitStatus(UUID delivery, String status) {
        // generous: the machine may be busy, and a retry may wait for its backoff
        await().atMost(Duration.ofSeconds(75)).until(() -> status.equals(statusOf(delivery)));
        return status;
    }

    String statusOf(UUID delivery) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> found = entityManager.createNativeQuery("select status from delivery where id = :id")
                    .setParameter("id", delivery).getResultList();
            return found.isEmpty() ? null : (String) found.get(0);
        });
    }

    List<MimeMessage> mails(String subject) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject.equals(MailDeliveryTest.subject(m)))
                .toList();
    }
}
