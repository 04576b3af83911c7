package io.switchboard.notification.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.notification.GreenMailResource.InjectGreenMail;
import io.switchboard.notification.PublishedEvents;
import io.switchboard.notification.ServiceEvents;
import io.switchboard.notification.application.DatabaseAwayWhenRecording;
import io.switchboard.notification.application.Deliveries;
import io.switchboard.notification.application.MailComposer;
import io.switchboard.notification.application.SmtpMailer;
import io.switchboard.notification.domain.DeliveryKind;
import io.switchboard.notification.domain.Outgoing;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MailDeliveryTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger(100);

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    SmtpMailer mailer;

    @Inject
    Deliveries deliveries;

    @Test
    void anAssignmentIsMailedToTheAssignee() throws Exception {
        Assignment assignment = new Assignment("bob@example.com");
        UUID event = UUID.randomUUID();
        send(event, assignment);

        Delivery delivery = awaitStatus(assignment, "SENT");
        MimeMessage mail = theOnlyMail(assignment);
        assertEquals("[" + assignment.number + "] Assigned to you: Refund <twice>", mail.getSubject());
        assertEquals("bob@example.com", mail.getRecipients(Message.RecipientType.TO)[0].toString());
        assertEquals("Switchboard <no-reply@switchboard.local>", mail.getFrom()[0].toString());
        assertEquals("<" + delivery.id + "@switchboard.local>", mail.getMessageID());
        assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null), "no person wrote it: auto-responders stay quiet");
        String text = part(mail, "text/plain");
        assertTrue(text.contains("Hello Bob Lee"), text);
        assertTrue(text.contains("ticket " + assignment.number + " \"Refund <twice>\" was assigned to you in group Support "
                + "by trigger 'CS inquiries to Support' — round-robin among 2."), text);
        String html = part(mail, "text/html");
        assertTrue(html.contains("Refund &lt;twice&gt;"), html);
        assertEquals(0, delivery.attempts, "sent at the first attempt, no failed ones");
    }

    @Test
    void aRedeliveredEventSendsOneMail() throws Exception {
        Assignment assignment = new Assignment("bob@example.com");
        UUID event = UUID.randomUUID();
        send(event, assignment);
        send(event, assignment);
        Assignment marker = new Assignment("bob@example.com");
        send(UUID.randomUUID(), marker);
        // everything sent before the marker has been consumed once the marker is queued
        await().atMost(Duration.ofSeconds(75)).until(() -> !deliveries(marker).isEmpty());
        awaitStatus(assignment, "SENT");

        assertEquals(1, deliveries(assignment).size());
        theOnlyMail(assignment);
    }

    @Test
    void aMalformedEventIsSkippedAndTheNextIsMailed() throws Exception {
        UUID broken = UUID.randomUUID();
        connector.source("ticket-events").send("this is not json");
        connector.source("ticket-events").send(TestEvents.cloudEvent(UUID.randomUUID(), "/switchboard/ticket-service",
                "TicketAssigned", broken.toString(), "{\"ticketId\":\"" + broken + "\",\"assignee\":42}"));
        Assignment assignment = new Assignment("bob@example.com");
        send(UUID.randomUUID(), assignment);

        awaitStatus(assignment, "SENT");
        theOnlyMail(assignment);
        assertEquals(0, deliveries(broken).size());
    }

    @Test
    void anAssigneeWithoutEmailIsSkippedWithTheReason() {
        Assignment assignment = new Assignment(null);
        send(UUID.randomUUID(), assignment);

        Delivery delivery = awaitStatus(assignment, "SKIPPED");
        assertEquals("the assignee Bob Lee has no e-mail address", delivery.lastError);
        assertEquals(0, mails(assignment).size());
    }

    @Test
    void whileSmtpIsDownTheDeliveryIsRetriedAndSentWhenItIsBack() throws Exception {
        Assignment assignment = new Assignment("bob@example.com");
        greenMail.stop();
        try {
            send(UUID.randomUUID(), assignment);
            await().until(() -> deliveries(assignment).stream().anyMatch(d -> d.attempts >= 1));
            Delivery retrying = deliveries(assignment).get(0);
            assertEquals("QUEUED", retrying.status);
            assertNotNull(retrying.lastError);
        } finally {
            greenMail.start();
        }
        Delivery sent = awaitStatus(assignment, "SENT");
        assertTrue(sent.attempts >= 1, "the failed attempts are kept");
        theOnlyMail(assignment);
    }

    @Test
    @TestSecurity(user = "alice", roles = "org-admin")
    void afterTheLastAttemptTheDeliveryIsADeadLetterThatAnAdminCanRetry() throws Exception {
        Assignment assignment = new Assignment("bob@example.com");
        greenMail.stop();
        Delivery failed;
        try {
            send(UUID.randomUUID(), assignment);
            failed = awaitStatus(assignment, "FAILED");
        } finally {
            greenMail.start();
        }
        assertEquals(5, failed.attempts, "max-attempts of the test profile");
        given().when().get("/api/v1/notifications/deliveries?status=FAILED&ticketId=" + assignment.ticketId)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].attempts", equalTo(5));

        given().when().post("/api/v1/notifications/deliveries/" + failed.id + "/retry")
                .then().statusCode(200).body("status", equalTo("QUEUED")).body("attempts", equalTo(0));
        awaitStatus(assignment, "SENT");
        theOnlyMail(assignment);

        given().when().post("/api/v1/notifications/deliveries/" + failed.id + "/retry")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Delivery " + failed.id + " is SENT; only FAILED deliveries can be retried."));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void theLogListsATicketsDeliveriesNewestFirst() {
        ServiceEvents.publish(connector, entityManager, "CS", Map.of("bob", "ADMIN"));
        Assignment assignment = new Assignment("bob@example.com");
        send(UUID.randomUUID(), assignment);
        awaitStatus(assignment, "SENT");
        Assignment again = new Assignment("carol@example.com", assignment.ticketId, assignment.number);
        send(UUID.randomUUID(), again);
        awaitStatus(again, "SENT");

        given().when().get("/api/v1/notifications/deliveries?ticketId=" + assignment.ticketId)
                .then().statusCode(200).body("items", hasSize(2))
                .body("items[0].recipient", equalTo("carol@example.com"))
                .body("items[0].kind", equalTo("ASSIGNMENT_NOTICE"))
                .body("items[0].serviceCode", equalTo("CS"))
                .body("items[1].recipient", equalTo("bob@example.com"))
                .body("next", nullValue());
        String next = given().when().get("/api/v1/notifications/deliveries?limit=1&ticketId=" + assignment.ticketId)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].recipient", equalTo("carol@example.com"))
                .extract().path("next");
        given().when().get("/api/v1/notifications/deliveries?limit=1&ticketId=" + assignment.ticketId + "&cursor=" + next)
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].recipient", equalTo("bob@example.com"))
                .body("next", nullValue());
        given().when().get("/api/v1/notifications/deliveries?cursor=garbage")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        given().when().get("/api/v1/notifications/deliveries?kind=PIGEON")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        given().when().get("/api/v1/notifications/deliveries?status=LOST")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().when().get("/api/v1/notifications/deliveries?limit=0")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "alice", roles = "org-admin")
    void retryingAnUnknownDeliveryIsNotFound() {
        given().when().post("/api/v1/notifications/deliveries/" + UUID.randomUUID() + "/retry")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theLogNeedsAToken() {
        given().when().get("/api/v1/notifications/deliveries").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "machine", roles = "integration")
    void theLogIsForOperators() {
        given().when().get("/api/v1/notifications/deliveries").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "olga", roles = "agent")
    void anOperatorWhoAdministersNoServiceIsRefusedTheLog() {
        ServiceEvents.publish(connector, entityManager, "CS", Map.of("bob", "ADMIN", "olga", "OPERATOR"));
        Assignment assignment = new Assignment("bob@example.com");
        send(UUID.randomUUID(), assignment);
        Delivery sent = awaitStatus(assignment, "SENT");

        given().when().get("/api/v1/notifications/deliveries?ticketId=" + assignment.ticketId)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/notifications/deliveries/" + sent.id)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().post("/api/v1/notifications/deliveries/" + sent.id + "/retry")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aSenderKilledAfterTheServerTookTheMailResendsItOnceWithTheSameMessageId() throws Exception {
        UUID ticket = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String subject = "[CS-" + NUMBERS.incrementAndGet() + "] crash window";
        // claimed by a sender (due again only when its claim runs out) ...
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into delivery (id, event_id, ticket_id, kind, recipient, subject, text_body, html_body, status,
                                      attempts, next_attempt_at, created_at, service_code)
                values (:id, :id, :ticket, 'ASSIGNMENT_NOTICE', 'bob@example.com', :subject, 'text', '<p>html</p>',
                        'QUEUED', 0, now() + interval '1 hour', now(), 'CS')""")
                .setParameter("id", id).setParameter("ticket", ticket).setParameter("subject", subject).executeUpdate());
        // ... which had the SMTP server take the mail and was killed before it could record that
        String messageId = "<" + id + "@switchboard.local>";
        Outgoing.Mail mail = new Outgoing.Mail(id, DeliveryKind.ASSIGNMENT_NOTICE, ticket, null, List.of("bob@example.com"),
                subject, "text", "<p>html</p>", messageId, null, List.of(), List.of());
        mailer.send(MailComposer.compose(mailer.newMessage(messageId), mail, "Switchboard <no-reply@switchboard.local>",
                false, Map.of()));
        // the claim runs out: another sender takes the delivery
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update delivery set next_attempt_at = now() where id = :id").setParameter("id", id).executeUpdate());

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(ticket).stream().anyMatch(d -> d.status.equals("SENT")));
        List<MimeMessage> mails = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).equals(subject)).toList();
        assertEquals(2, mails.size(), "sent once more, never more");
        assertEquals(messageId, mails.get(0).getMessageID());
        assertEquals(messageId, mails.get(1).getMessageID(), "the resend is recognisably the same mail");
        // MailSent leaves through the outbox, a moment after the delivery turned SENT
        await().atMost(Duration.ofSeconds(10)).until(() -> PublishedEvents.of(connector, "MailSent",
                e -> e.at("/data/deliveryId").asText().equals(id.toString())).size() == 1);
        assertEquals(1, PublishedEvents.of(connector, "MailSent",
                e -> e.at("/data/deliveryId").asText().equals(id.toString())).size());
    }

    @Test
    void aMailSentJustBeforeTheDatabaseWentAwayIsRecordedWhenItIsBackAndNotSentAgain() throws Exception {
        UUID ticket = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String subject = "[CS-" + NUMBERS.incrementAndGet() + "] database away after sending";
        DatabaseAwayWhenRecording log = new DatabaseAwayWhenRecording(deliveries, id, 4);
        QuarkusMock.installMockForType(log, Deliveries.class);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into delivery (id, event_id, ticket_id, kind, recipient, subject, text_body, html_body, status,
                                      attempts, next_attempt_at, created_at, service_code)
                values (:id, :id, :ticket, 'ASSIGNMENT_NOTICE', 'bob@example.com', :subject, 'text', '<p>html</p>',
                        'QUEUED', 0, now(), now(), 'CS')""")
                .setParameter("id", id).setParameter("ticket", ticket).setParameter("subject", subject).executeUpdate());

        // the server took the mail; writing that down waited out four lost connections (0.1 + 0.2 + 0.4 + 0.8 s)
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(ticket).stream().anyMatch(d -> d.status.equals("SENT")));
        assertEquals(0, deliveries(ticket).get(0).attempts, "no failed attempt recorded");
        assertEquals(0, log.claimsDuringOutage(), "nothing new was claimed while a result waited for the database");
        Thread.sleep(2_000); // two sender polls: nothing is sent again
        assertEquals(1, Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).equals(subject)).count(),
                "the mail went out once");
        assertEquals("SENT", deliveries(ticket).get(0).status);
    }

    // --- helpers

    /** One ticket's assignment, as ticket-service would announce it. */
    record Assignment(String email, UUID ticketId, String number) {
        Assignment(String email) {
            this(email, UUID.randomUUID(), "CS-" + NUMBERS.incrementAndGet());
        }
    }

    record Delivery(UUID id, String status, int attempts, String lastError) {
    }

    void send(UUID eventId, Assignment assignment) {
        String email = assignment.email == null ? "null" : "\"" + assignment.email + "\"";
        String data = """
                {"ticketId":"%s","number":"%s","serviceCode":"CS","title":"Refund <twice>","status":"IN_PROGRESS",
                 "group":{"id":"a0000000-0000-4000-8000-000000000001","name":"Support"},
                 "assignee":{"username":"bob","displayName":"Bob Lee","email":%s},
                 "assignedBy":{"kind":"TRIGGER","name":"CS inquiries to Support","reason":"round-robin among 2"},
                 "assignedAt":"2026-11-27T00:00:01Z"}""".formatted(assignment.ticketId, assignment.number, email);
        String record = TestEvents.cloudEvent(eventId, "/switchboard/ticket-service", "TicketAssigned",
                assignment.ticketId.toString(), data);
        EventContract.assertValid(record);
        connector.source("ticket-events").send(record);
    }

    // generous: a retry may wait for an SMTP socket timeout after the server comes back
    Delivery awaitStatus(Assignment assignment, String status) {
        await().atMost(Duration.ofSeconds(75))
                .until(() -> deliveries(assignment).stream().anyMatch(d -> d.status.equals(status)));
        return deliveries(assignment).stream().filter(d -> d.status.equals(status)).findFirst().orElseThrow();
    }

    List<Delivery> deliveries(Assignment assignment) {
        return deliveries(assignment.ticketId);
    }

    @SuppressWarnings("unchecked")
    List<Delivery> deliveries(UUID ticketId) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) entityManager.createNativeQuery(
                        "select id, status, attempts, last_error from delivery where ticket_id = :ticket order by created_at")
                .setParameter("ticket", ticketId).getResultList()).stream()
                .map(row -> new Delivery((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(), (String) row[3]))
                .toList());
    }

    List<MimeMessage> mails(Assignment assignment) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).contains("[" + assignment.number + "]"))
                .toList();
    }

    MimeMessage theOnlyMail(Assignment assignment) {
        List<MimeMessage> mails = mails(assignment);
        assertEquals(1, mails.size(), "mails of " + assignment.number);
        return mails.get(0);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
