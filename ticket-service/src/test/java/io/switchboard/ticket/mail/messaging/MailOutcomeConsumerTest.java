package io.switchboard.ticket.mail.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.platform.testing.TestEvents;
import io.switchboard.platform.testing.EventContract;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** MailSent and MailFailed become lines of the ticket's history, once per delivery outcome. */
@QuarkusTest
@TestSecurity(user = "bob", roles = "agent")
class MailOutcomeConsumerTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void aMailedFinalReplyIsALineInTheTicketsHistory() {
        String ticket = resolvedTicket();
        String reply = given().when().get("/api/v1/tickets/" + ticket + "/messages").then().extract()
                .path("find { it.type == 'FINAL_REPLY' }.id");
        send(UUID.randomUUID(), sent(UUID.randomUUID(), ticket, "CUSTOMER_REPLY", reply));

        await().until(() -> types(ticket).contains("MAIL_SENT"));
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("find { it.type == 'MAIL_SENT' }.summary", equalTo("Final reply mailed to kim@example.com"))
                .body("find { it.type == 'MAIL_SENT' }.actor", equalTo("system"))
                .body("find { it.type == 'MAIL_SENT' }.details.kind", equalTo("CUSTOMER_REPLY"))
                .body("find { it.type == 'MAIL_SENT' }.details.recipients", contains("kim@example.com"))
                .body("find { it.type == 'MAIL_SENT' }.details.subject", equalTo("[CS-1] Refund"));
    }

    @Test
    void aFailedMailShowsWhomItWasForAndWhy() {
        String ticket = resolvedTicket();
        send(UUID.randomUUID(), failed(UUID.randomUUID(), ticket, 5));

        await().until(() -> types(ticket).contains("MAIL_FAILED"));
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("summary", hasItem("Mail to kim@example.com failed: 550 no such user (assignment notice)"))
                .body("find { it.type == 'MAIL_FAILED' }.details.reason", equalTo("550 no such user"));
    }

    @Test
    void aResentDeliveryAndARedeliveredEventAreRecordedOnce() {
        String ticket = resolvedTicket();
        UUID delivery = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        send(event, sent(delivery, ticket, "MAIL", null));
        send(event, sent(delivery, ticket, "MAIL", null));
        send(UUID.randomUUID(), sent(delivery, ticket, "MAIL", null)); // resent after a crash: a new event id
        String marker = resolvedTicket();
        send(UUID.randomUUID(), sent(UUID.randomUUID(), marker, "MAIL", null));
        await().until(() -> types(marker).contains("MAIL_SENT")); // the ones before it were consumed

        assertEquals(1, types(ticket).stream().filter("MAIL_SENT"::equals).count());
    }

    @Test
    void aDeadLetterRetriedByAnAdminRecordsTheFailureAndTheLaterSuccess() {
        String ticket = resolvedTicket();
        UUID delivery = UUID.randomUUID();
        send(UUID.randomUUID(), failed(delivery, ticket, 5));
        send(UUID.randomUUID(), sent(delivery, ticket, "ASSIGNMENT_NOTICE", null));

        await().until(() -> types(ticket).contains("MAIL_SENT"));
        assertEquals(List.of("MAIL_FAILED", "MAIL_SENT"),
                types(ticket).stream().filter(t -> t.startsWith("MAIL_")).toList());
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("summary", hasItem("Assignment notice mailed to kim@example.com"));
    }

    @Test
    void anUnknownTicketIsSkippedAndTheChannelGoesOn() {
        send(UUID.randomUUID(), sent(UUID.randomUUID(), UUID.randomUUID().toString(), "MAIL", null));
        String ticket = resolvedTicket();
        send(UUID.randomUUID(), sent(UUID.randomUUID(), ticket, "FORWARD", null));
        await().until(() -> types(ticket).contains("MAIL_SENT"));
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("summary", hasItem("Forward mailed to kim@example.com"));
    }

    // --- helpers

    static String sent(UUID delivery, String ticket, String kind, String ticketMessage) {
        return """
                {"deliveryId":"%s","ticketId":"%s","serviceCode":"CS","kind":"%s","ticketMessageId":%s,
                 "recipients":["kim@example.com"],"subject":"[CS-1] Refund","mailMessageId":"<%s@switchboard.local>",
                 "attempts":1,"sentAt":"%s"}""".formatted(delivery, ticket, kind,
                ticketMessage == null ? "null" : "\"" + ticketMessage + "\"", delivery, Instant.now());
    }

    static String failed(UUID delivery, String ticket, int attempts) {
        return """
                {"deliveryId":"%s","ticketId":"%s","serviceCode":"CS","kind":"ASSIGNMENT_NOTICE","ticketMessageId":null,
                 "recipients":["kim@example.com"],"subject":"[CS-1] Refund","reason":"550 no such user",
                 "attempts":%d,"failedAt":"%s"}""".formatted(delivery, ticket, attempts, Instant.now());
    }

    void send(UUID eventId, String data) {
        String type = data.contains("\"reason\"") ? "MailFailed" : "MailSent";
        String ticket = data.substring(data.indexOf("\"ticketId\":\"") + 12, data.indexOf("\"ticketId\":\"") + 48);
        String record = TestEvents.cloudEvent(eventId, "/switchboard/notification-service", type, ticket, data);
        EventContract.assertValid(record);
        connector.source("mail-events").send(record);
    }

    static String resolvedTicket() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"title\": \"Refund\", \"content\": \"I was charged twice.\", \"customer\": {\"email\": \"kim@example.com\"}}")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/tickets/" + id + "/keep")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"body\": \"Refunded.\"}")
                .when().post("/api/v1/tickets/" + id + "/resolve").then().statusCode(200);
        return id;
    }

    static List<String> types(String ticket) {
        return given().when().get("/api/v1/tickets/" + ticket + "/events").then().statusCode(200).extract().path("type");
    }
}
