package io.switchboard.notification.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.notification.GreenMailResource.InjectGreenMail;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SlaWarned and SlaBreached from escalation-service: one mail to the ticket's assignee each. */
@QuarkusTest
class SlaNoticeTest {

    private static final AtomicInteger NUMBERS = new AtomicInteger(5_000);
    private static final Instant DUE = Instant.parse("2026-12-02T09:00:00Z");

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @InjectGreenMail
    GreenMail greenMail;

    /** ServiceChanged names CS's members with their addresses (TestEvents: {user}@example.com). */
    @BeforeEach
    void csHasItsMembers() {
        connector.source("people-events").send(TestEvents.serviceChanged("CS", Map.of("bob", "OPERATOR",
                "alice", "ADMIN"), List.of()));
        await().until(() -> QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                "select 1 from operator_contact where username = 'bob'").getResultList().isEmpty()));
    }

    @Test
    void aBreachIsMailedToTheAssigneeOnceHoweverOftenItArrives() throws Exception {
        String number = "CS-" + NUMBERS.incrementAndGet();
        UUID ticket = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        send(event, "SlaBreached", ticket, breached(ticket, number, "bob"));
        send(event, "SlaBreached", ticket, breached(ticket, number, "bob"));
        UUID warning = UUID.randomUUID();
        send(warning, "SlaWarned", ticket, """
                {"ticketId":"%s","number":"%s","serviceCode":"CS","metric":"RESOLUTION","dueAt":"%s",
                 "policy":{"id":"%s","name":"Standard"},"assignee":"bob","warnedAt":"%s"}"""
                .formatted(ticket, number, DUE, UUID.randomUUID(), DUE.minusSeconds(1800)));

        await().atMost(Duration.ofSeconds(60)).until(() -> mails(number).size() == 2);
        MimeMessage breach = mails(number).stream().filter(m -> subject(m).contains("breached")).findFirst().orElseThrow();
        assertEquals("[" + number + "] SLA breached: first response was due at " + DUE, breach.getSubject());
        assertEquals("bob@example.com", breach.getRecipients(Message.RecipientType.TO)[0].toString());
        String text = MailDeliveryTest.part(breach, "text/plain");
        assertTrue(text.contains("The first response of ticket " + number + " was due at " + DUE + " and is late."), text);
        assertTrue(text.contains("Policy: Standard"), text);
        assertTrue(mails(number).stream().anyMatch(m -> subject(m).equals("[" + number + "] SLA warning: resolution is due at "
                + DUE)));
        assertEquals(2L, deliveries(ticket), "one delivery per event");
    }

    @Test
    void nobodyIsMailedForAnUnassignedTicketOrAnUnknownOperator() {
        String number = "CS-" + NUMBERS.incrementAndGet();
        UUID ticket = UUID.randomUUID();
        send(UUID.randomUUID(), "SlaBreached", ticket, breached(ticket, number, null));
        send(UUID.randomUUID(), "SlaBreached", ticket, breached(ticket, number, "nobody"));
        String marker = "CS-" + NUMBERS.incrementAndGet();
        UUID markerTicket = UUID.randomUUID();
        send(UUID.randomUUID(), "SlaBreached", markerTicket, breached(markerTicket, marker, "bob"));
        await().atMost(Duration.ofSeconds(60)).until(() -> mails(marker).size() == 1);
        assertEquals(0L, deliveries(ticket));
    }

    @Test
    void anAssigneeNamedOnlyByTheirAssignmentIsMailedToo() {
        String number = "CS-" + NUMBERS.incrementAndGet();
        UUID ticket = UUID.randomUUID();
        String assigned = TestEvents.cloudEvent(UUID.randomUUID(), "/switchboard/ticket-service", "TicketAssigned",
                ticket.toString(), """
                        {"ticketId":"%s","number":"%s","serviceCode":"CS","title":"Refund","status":"IN_PROGRESS",
                         "group":{"id":"%s","name":"Support"},
                         "assignee":{"username":"erin","displayName":"Erin Cho","email":"erin@example.com"},
                         "assignedBy":{"kind":"OPERATOR","name":"erin","reason":"kept"},"assignedAt":"%s"}"""
                        .formatted(ticket, number, UUID.randomUUID(), DUE));
        EventContract.assertValid(assigned);
        connector.source("ticket-events").send(assigned);
        await().until(() -> QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                "select 1 from operator_contact where username = 'erin'").getResultList().isEmpty()));
        send(UUID.randomUUID(), "SlaBreached", ticket, breached(ticket, number, "erin"));
        await().atMost(Duration.ofSeconds(60)).until(() -> mails(number).stream()
                .anyMatch(m -> subject(m).contains("SLA breached")));
    }

    static String breached(UUID ticket, String number, String assignee) {
        return """
                {"ticketId":"%s","number":"%s","serviceCode":"CS","metric":"FIRST_RESPONSE","dueAt":"%s",
                 "policy":{"id":"%s","name":"Standard"},"assignee":%s,
                 "onBreach":{"raisePriority":false,"reassignGroupId":null},"breachedAt":"%s"}"""
                .formatted(ticket, number, DUE, UUID.randomUUID(), assignee == null ? "null" : "\"" + assignee + "\"", DUE);
    }

    void send(UUID id, String type, UUID ticket, String data) {
        String record = TestEvents.cloudEvent(id, "/switchboard/escalation-service", type, ticket.toString(), data);
        EventContract.assertValid(record);
        connector.source("escalation-events").send(record);
    }

    List<MimeMessage> mails(String number) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject(m).contains("[" + number + "]")).toList();
    }

    long deliveries(UUID ticket) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from delivery where ticket_id = :ticket and kind = 'SLA_NOTICE'")
                .setParameter("ticket", ticket).getSingleResult()).longValue());
    }

    static String subject(MimeMessage message) {
        return MailDeliveryTest.subject(message);
    }
}
