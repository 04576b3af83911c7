package io.switchboard.ticket.escalation.messaging;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.ticket.api.Identities.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * EscalationRequested from escalation-service: CS's ticket is escalated to DEV (an issue ticket, linked both ways,
 * the source ESCALATED), or refused with nothing written; DEV's answer comes back onto the CS ticket.
 */
@QuarkusTest
@TestSecurity(user = "bob", roles = "agent")
class EscalationTransferTest {

    static final String APP_ERROR = "d0000000-0000-4000-8000-000000000012";
    static final String DATA_CORRECTION = "d0000000-0000-4000-8000-000000000013";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @Test
    void anEscalatedTicketGetsAnIssueTicketInDevAndBecomesEscalated() {
        String source = keptTicket();
        UUID escalation = UUID.randomUUID();
        request(escalation, source, "DEV", APP_ERROR, "{\"app_version\": \"3.2.1\"}");

        JsonNode escalated = awaitPublished(source, "TicketEscalated").path("data");
        assertEquals(escalation.toString(), escalated.path("escalationId").asText());
        String issue = escalated.path("issue").path("ticketId").asText();
        assertTrue(escalated.path("issue").path("number").asText().startsWith("DEV-"));
        given().when().get("/api/v1/tickets/" + source).then().statusCode(200)
                .body("status", equalTo("ESCALATED")).body("allowedActions", not(hasItem("escalate")));
        given().when().get("/api/v1/tickets/" + source + "/links").then()
                .body("type", contains("ESCALATED_TO")).body("[0].ticket.id", equalTo(issue));
        given().when().get("/api/v1/tickets/" + source + "/events").then()
                .body("type", hasItem("ESCALATED"))
                .body("summary", hasItem(containsString("Escalated to " + escalated.path("issue").path("number").asText())));
        JsonNode status = awaitPublished(source, "TicketStatusChanged", "\"escalate\"").path("data");
        assertEquals("ESCALATED", status.path("to").asText());

        as("dave", "agent", () -> {
            given().when().get("/api/v1/tickets/" + issue).then().statusCode(200)
                    .body("serviceCode", equalTo("DEV")).body("status", equalTo("UNASSIGNED"))
                    .body("channel", equalTo("MANUAL")).body("createdBy", equalTo("bob"))
                    .body("title", equalTo("Refund button fails")).body("content", equalTo("Error E42 on Android"))
                    .body("inquiryTypeId", equalTo(APP_ERROR)).body("fields.app_version", equalTo("3.2.1"))
                    .body("customer.email", equalTo("kim@example.com"));
            given().when().get("/api/v1/tickets/" + issue + "/links").then()
                    .body("type", contains("ESCALATED_FROM")).body("[0].ticket.id", equalTo(source));
            given().when().get("/api/v1/tickets/" + issue + "/events").then().body("type", hasItem("ESCALATION_RECEIVED"));
            return null;
        });
        assertEquals(1, published(issue, "TicketCreated").size(), "routed like any other new ticket");

        // the same request again (a redelivery under a new event id) changes nothing
        request(escalation, source, "DEV", APP_ERROR, "{\"app_version\": \"3.2.1\"}");
        String marker = keptTicket();
        request(UUID.randomUUID(), marker, "NOPE", null, "{}");
        awaitPublished(marker, "EscalationRefused");
        assertEquals(1, published(source, "TicketEscalated").size());
        assertEquals(1L, count("select count(*) from ticket_link where from_id = cast(:id as uuid)", source));
    }

    @Test
    void theIssueTeamsAnswersComeBackOntoTheEscalatedTicket() {
        String source = keptTicket();
        request(UUID.randomUUID(), source, "DEV", DATA_CORRECTION, "{}");
        String issue = awaitPublished(source, "TicketEscalated").path("data").path("issue").path("ticketId").asText();

        as("dave", "agent", () -> {
            given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/tickets/" + issue + "/keep")
                    .then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"body\": \"Corrected on our side; checking the invoice.\"}")
                    .when().post("/api/v1/tickets/" + issue + "/hold").then().statusCode(200);
            return null;
        });
        given().when().get("/api/v1/tickets/" + source).then().body("status", equalTo("ESCALATION_ANSWERED"))
                .body("allowedActions", hasItem("resolve"));
        given().when().get("/api/v1/tickets/" + source + "/messages").then()
                .body("type", hasItem("ESCALATION_ANSWER"))
                .body("find { it.type == 'ESCALATION_ANSWER' }.author", equalTo("dave"))
                .body("find { it.type == 'ESCALATION_ANSWER' }.body",
                        equalTo("Corrected on our side; checking the invoice."));
        JsonNode answered = awaitPublished(source, "TicketEscalationAnswered").path("data");
        assertEquals("hold", answered.path("action").asText());
        assertEquals(issue, answered.path("issue").path("ticketId").asText());
        JsonNode message = awaitPublished(source, "MessageAdded", "ESCALATION_ANSWER").path("data");
        assertEquals("dave", message.path("author").asText());

        // a later answer is added too; the source is answered already and stays so
        as("dave", "agent", () -> given().contentType(ContentType.JSON)
                .body("{\"body\": \"<p>Invoice corrected.</p>\", \"format\": \"HTML\"}")
                .when().post("/api/v1/tickets/" + issue + "/resolve").then().statusCode(200));
        await().until(() -> published(source, "TicketEscalationAnswered").size() == 2);
        given().when().get("/api/v1/tickets/" + source + "/messages").then()
                .body("findAll { it.type == 'ESCALATION_ANSWER' }.body", hasItem("<p>Invoice corrected.</p>"));
        // the operator answers the customer and may escalate again
        given().contentType(ContentType.JSON).body("{\"body\": \"Your invoice was corrected.\"}")
                .when().post("/api/v1/tickets/" + source + "/hold").then().statusCode(200);
        given().when().get("/api/v1/tickets/" + source).then().body("allowedActions", hasItem("escalate"));
    }

    @Test
    void anInternalResolutionOfTheIssueTicketAnswersToo() {
        String source = keptTicket();
        request(UUID.randomUUID(), source, "DEV", DATA_CORRECTION, "{}");
        String issue = awaitPublished(source, "TicketEscalated").path("data").path("issue").path("ticketId").asText();
        as("dave", "agent", () -> given().contentType(ContentType.JSON).body("{\"reason\": \"DUPLICATE\"}")
                .when().post("/api/v1/tickets/" + issue + "/internal-resolution").then().statusCode(200));
        given().when().get("/api/v1/tickets/" + source).then().body("status", equalTo("ESCALATION_ANSWERED"));
        assertEquals("internal-resolution", awaitPublished(source, "TicketEscalationAnswered").path("data")
                .path("action").asText());
    }

    @Test
    void theIssueTeamReadsTheEscalatedTicketAndNothingElseOfCs() {
        String source = keptTicket();
        String other = keptTicket();
        request(UUID.randomUUID(), source, "DEV", DATA_CORRECTION, "{}");
        awaitPublished(source, "TicketEscalated");
        as("dave", "agent", () -> {
            given().when().get("/api/v1/tickets/" + source).then().statusCode(200)
                    .body("allowedActions", empty());
            given().when().get("/api/v1/tickets/" + source + "/messages").then().statusCode(200);
            given().contentType(ContentType.JSON).body("{\"body\": \"hi\"}").when()
                    .post("/api/v1/tickets/" + source + "/comment").then().statusCode(403)
                    .contentType("application/problem+json");
            given().when().get("/api/v1/tickets/" + other).then().statusCode(404);
            given().when().get("/api/v1/tickets").then().statusCode(200).body("items.id", not(hasItem(source)));
            return null;
        });
    }

    @Test
    void aRequestThatCannotBeCarriedOutIsRefusedAndNothingIsWritten() {
        String source = keptTicket();
        long tickets = count("select count(*) from ticket where workspace_code = 'DEV'");
        // a required field of the inquiry type is missing
        UUID missing = UUID.randomUUID();
        request(missing, source, "DEV", APP_ERROR, "{}");
        JsonNode refused = awaitPublished(source, "EscalationRefused").path("data");
        assertEquals(missing.toString(), refused.path("escalationId").asText());
        assertTrue(refused.path("reason").asText().contains("app_version"), refused.toString());
        assertEquals("fields.app_version", refused.path("errors").path(0).path("field").asText());
        given().when().get("/api/v1/tickets/" + source).then().body("status", equalTo("IN_PROGRESS"));
        assertEquals(tickets, count("select count(*) from ticket where workspace_code = 'DEV'"));
        assertEquals(0L, count("select count(*) from ticket_link where from_id = cast(:id as uuid)", source));

        // not an issue service; not the assignee nor an admin; not in a status that escalates
        refusedFor(source, "CS", "bob", "is not an issue-management service");
        refusedFor(source, "DEV", "carol", "Only the assignee or an admin can escalate");
        given().contentType(ContentType.JSON).body("{\"body\": \"Done.\"}").when()
                .post("/api/v1/tickets/" + source + "/resolve").then().statusCode(200);
        refusedFor(source, "DEV", "bob", "is RESOLVED and cannot be escalated");
    }

    @Test
    void onlyInquiryTicketsOfferEscalationToTheirAssigneeOrAnAdmin() {
        String source = keptTicket();
        given().when().get("/api/v1/tickets/" + source).then().body("allowedActions", hasItem("escalate"));
        as("carol", "agent", () -> given().when().get("/api/v1/tickets/" + source).then()
                .body("allowedActions", not(hasItem("escalate"))));
        as("alice", "agent", () -> given().when().get("/api/v1/tickets/" + source).then()
                .body("allowedActions", hasItem("escalate")));
        String devTicket = as("dave", "agent", () -> {
            String id = given().contentType(ContentType.JSON).body("""
                    {"title": "Crash", "content": "Crash on start", "customer": {"email": "qa@example.com"}}""")
                    .when().post("/api/v1/services/DEV/tickets").then().statusCode(201).extract().path("id");
            given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/tickets/" + id + "/keep").then()
                    .statusCode(200).body("allowedActions", not(hasItem("escalate")));
            return id;
        });
        assertTrue(devTicket != null);
    }

    // --- helpers

    void refusedFor(String source, String target, String requester, String reason) {
        UUID escalation = UUID.randomUUID();
        send(escalation, source, target, DATA_CORRECTION, "{}", requester);
        await().until(() -> published(source, "EscalationRefused").stream()
                .anyMatch(e -> e.path("data").path("escalationId").asText().equals(escalation.toString())));
        JsonNode refused = published(source, "EscalationRefused").stream()
                .filter(e -> e.path("data").path("escalationId").asText().equals(escalation.toString()))
                .findFirst().orElseThrow().path("data");
        assertTrue(refused.path("reason").asText().contains(reason), refused.toString());
    }

    static String keptTicket() {
        String id = given().contentType(ContentType.JSON).body("""
                {"title": "Refund", "content": "Charged twice", "customer": {"email": "kim@example.com", "name": "Kim Minji"}}""")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/tickets/" + id + "/keep").then()
                .statusCode(200);
        return id;
    }

    void request(UUID escalation, String source, String target, String inquiryType, String fields) {
        send(escalation, source, target, inquiryType, fields, "bob");
    }

    void send(UUID escalation, String source, String target, String inquiryType, String fields, String requester) {
        String data = """
                {"escalationId":"%s","ticketId":"%s","number":"CS-1","serviceCode":"CS","targetServiceCode":"%s",
                 "inquiryTypeId":%s,"fields":%s,"title":"Refund button fails","content":"Error E42 on Android",
                 "requestedBy":"%s","requestedAt":"%s"}""".formatted(escalation, source, target,
                inquiryType == null ? "null" : "\"" + inquiryType + "\"", fields, requester, Instant.now());
        String record = TestEvents.cloudEvent(UUID.randomUUID(), "/switchboard/escalation-service",
                "EscalationRequested", source, data);
        EventContract.assertValid(record);
        connector.source("escalation-events").send(record);
    }

    JsonNode awaitPublished(String ticket, String type, String... containing) {
        return PublishedEvents.awaitOne(connector, ticket, type, containing);
    }

    List<JsonNode> published(String ticket, String type) {
        return PublishedEvents.of(connector, ticket, type);
    }

    long count(String sql, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", id).getSingleResult()).longValue());
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .getSingleResult()).longValue());
    }
}
