package io.switchboard.ticket.escalation.messaging;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.escalation.messaging.EscalationTransferTest.keptTicket;
import static io.switchboard.ticket.ticket.api.Identities.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** escalation-service's reports of Dooray tasks move CS's ticket through the DOORAY_* statuses, or note why not. */
@QuarkusTest
@TestSecurity(user = "bob", roles = "agent")
class DoorayTaskTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void theTicketFollowsItsDoorayTask() {
        String ticket = keptTicket();
        given().get("/api/v1/tickets/" + ticket).then().body("allowedActions", hasItem("dooray-escalate"));
        UUID escalation = UUID.randomUUID();
        created(escalation, ticket, "bob");
        awaitStatus(ticket, "DOORAY_ESCALATED");
        given().get("/api/v1/tickets/" + ticket).then().body("allowedActions", not(hasItem("dooray-escalate")));
        given().get("/api/v1/tickets/" + ticket + "/events").then().body("type", hasItem("DOORAY_ESCALATED"))
                .body("summary", hasItem(containsString("Escalated to Dooray task 1901 (Acme CS) by bob")));
        assertEquals("IN_PROGRESS", awaitPublished(ticket, "TicketStatusChanged", "\"dooray-escalate\"")
                .path("data").path("from").asText());

        changed(escalation, ticket, "working");
        awaitStatus(ticket, "DOORAY_IN_PROGRESS");
        assertEquals("DOORAY_IN_PROGRESS", awaitPublished(ticket, "TicketStatusChanged", "\"dooray-task-change\"")
                .path("data").path("to").asText());

        send(ticket, "DoorayCommentAdded", """
                {"escalationId":"%s","ticketId":"%s","projectId":"1100","taskId":"1901","commentId":"1950",
                 "authorName":"Ben","content":"Fix ships Friday","mimeType":"text/x-markdown","createdAt":"%s"}"""
                .formatted(escalation, ticket, Instant.now()));
        await().until(() -> given().get("/api/v1/tickets/" + ticket + "/events").then().extract()
                .<List<String>>path("summary").contains("Dooray comment by Ben on task 1901: Fix ships Friday"));
        given().get("/api/v1/tickets/" + ticket + "/messages").then()
                .body("body", not(hasItem("Fix ships Friday")));

        // back to registered: the table keeps DOORAY_IN_PROGRESS, the history says so
        changed(escalation, ticket, "registered");
        await().until(() -> given().get("/api/v1/tickets/" + ticket + "/events").then().extract()
                .<List<String>>path("summary").stream().anyMatch(s -> s.contains("stays DOORAY_IN_PROGRESS")));

        changed(escalation, ticket, "closed");
        awaitStatus(ticket, "DOORAY_ANSWERED");
        given().get("/api/v1/tickets/" + ticket).then().body("allowedActions", hasItem("dooray-escalate"))
                .body("allowedActions", hasItem("resolve"));

        // the same task again (a redelivery under a new event id) changes nothing; a new task escalates again
        created(escalation, ticket, "bob");
        UUID again = UUID.randomUUID();
        created(again, ticket, "bob");
        awaitStatus(ticket, "DOORAY_ESCALATED");
        assertEquals(2, published(ticket, "TicketStatusChanged").stream()
                .filter(e -> e.path("data").path("action").asText().equals("dooray-escalate")).count());
    }

    @Test
    void aTaskForATicketThatMayNoLongerBeEscalatedIsRefusedAndNoted() {
        String ticket = keptTicket();
        given().contentType(ContentType.JSON).body("{\"body\": \"Done.\"}").post("/api/v1/tickets/" + ticket + "/resolve")
                .then().statusCode(200);
        UUID escalation = UUID.randomUUID();
        created(escalation, ticket, "bob");
        JsonNode refused = awaitPublished(ticket, "DoorayEscalationRefused").path("data");
        assertEquals(escalation.toString(), refused.path("escalationId").asText());
        assertTrue(refused.path("reason").asText().contains("is RESOLVED"), refused.toString());
        given().get("/api/v1/tickets/" + ticket).then().body("status", equalTo("RESOLVED"));
        given().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("summary", hasItem(containsString("was created, but the ticket was not moved")));

        String other = keptTicket();
        UUID byCarol = UUID.randomUUID();
        created(byCarol, other, "carol");
        assertTrue(awaitPublished(other, "DoorayEscalationRefused").path("data").path("reason").asText()
                .contains("Only the assignee or an admin can escalate to Dooray"));
        // a workflow change of a ticket that is no longer escalated is only noted
        changed(byCarol, other, "working");
        await().until(() -> given().get("/api/v1/tickets/" + other + "/events").then().extract()
                .<List<String>>path("summary").stream().anyMatch(s -> s.contains("stays IN_PROGRESS (no longer escalated)")));
    }

    @Test
    void theAssigneeOrAnAdminOfAnyServiceEscalatesToDooray() {
        String ticket = keptTicket();
        as("carol", "agent", () -> given().get("/api/v1/tickets/" + ticket).then()
                .body("allowedActions", not(hasItem("dooray-escalate"))));
        as("alice", "agent", () -> given().get("/api/v1/tickets/" + ticket).then()
                .body("allowedActions", hasItem("dooray-escalate")));
        as("dave", "agent", () -> {
            String id = given().contentType(ContentType.JSON).body("""
                    {"title": "Crash", "content": "Crash on start", "customer": {"email": "qa@example.com"}}""")
                    .post("/api/v1/services/DEV/tickets").then().statusCode(201).extract().path("id");
            given().contentType(ContentType.JSON).body("{}").post("/api/v1/tickets/" + id + "/keep").then()
                    .statusCode(200).body("allowedActions", hasItem("dooray-escalate"));
            return id;
        });
    }

    // --- helpers

    void created(UUID escalation, String ticket, String requester) {
        send(ticket, "DoorayTaskCreated", """
                {"escalationId":"%s","ticketId":"%s","number":"CS-1","serviceCode":"CS","projectId":"1100",
                 "projectName":"Acme CS","taskId":"1901","subject":"Refund fails","requestedBy":"%s","createdAt":"%s"}"""
                .formatted(escalation, ticket, requester, Instant.now()));
    }

    void changed(UUID escalation, String ticket, String workflowClass) {
        send(ticket, "DoorayTaskChanged", """
                {"escalationId":"%s","ticketId":"%s","projectId":"1100","taskId":"1901","workflowClass":"%s",
                 "changedAt":"%s"}""".formatted(escalation, ticket, workflowClass, Instant.now()));
    }

    void send(String ticket, String type, String data) {
        String record = TestEvents.cloudEvent(UUID.randomUUID(), "/switchboard/escalation-service", type, ticket, data);
        EventContract.assertValid(record);
        connector.source("escalation-events").send(record);
    }

    void awaitStatus(String ticket, String status) {
        await().until(() -> status.equals(given().get("/api/v1/tickets/" + ticket).then().extract().path("status")));
    }

    JsonNode awaitPublished(String ticket, String type, String... containing) {
        return PublishedEvents.awaitOne(connector, ticket, type, containing);
    }

    List<JsonNode> published(String ticket, String type) {
        return PublishedEvents.of(connector, ticket, type);
    }
}
