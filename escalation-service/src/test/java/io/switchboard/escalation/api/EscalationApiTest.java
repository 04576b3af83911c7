package io.switchboard.escalation.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.escalation.api.TicketSnapshotTest.asUser;
import static io.switchboard.escalation.api.TicketSnapshotTest.event;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue-management escalations as escalation-service sees them: requested here, reported back by ticket-service. */
@QuarkusTest
@TestSecurity(user = "bob", roles = "agent")
class EscalationApiTest {

    private static final String SUPPORT = "a0000000-0000-4000-8000-000000000001";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    /** CS takes inquiries (alice admin, bob and carol operators); DEV manages issues (dave); OPS takes inquiries too. */
    @BeforeEach
    void services() {
        service("CS", "INQUIRY", Map.of("alice", "ADMIN", "bob", "OPERATOR", "carol", "OPERATOR"));
        service("DEV", "ISSUE", Map.of("dave", "OPERATOR"));
        service("OPS", "INQUIRY", Map.of("bob", "OPERATOR"));
    }

    @Test
    void theAssigneeEscalatesAndTicketServiceCarriesItOut() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        String location = given().contentType(ContentType.JSON).body(request(ticket, "DEV")).when()
                .post("/api/v1/escalations").then().statusCode(202)
                .header("Location", containsString("/api/v1/escalations/"))
                .body("status", equalTo("REQUESTED")).body("source.ticketId", equalTo(ticket.toString()))
                .body("source.number", equalTo(number(ticket))).body("target.serviceCode", equalTo("DEV"))
                .body("target.ticketId", nullValue()).body("requestedBy", equalTo("bob"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        JsonNode requested = awaitPublished(id).path("data");
        assertEquals(ticket.toString(), requested.path("ticketId").asText());
        assertEquals("DEV", requested.path("targetServiceCode").asText());
        assertEquals("3.2.1", requested.path("fields").path("app_version").asText());
        assertEquals("Refund button fails", requested.path("title").asText());
        assertEquals("bob", requested.path("requestedBy").asText());

        UUID issue = UUID.randomUUID();
        report(ticket, "TicketEscalated", """
                {"escalationId":"%s","ticketId":"%s","number":"%s","serviceCode":"CS",
                 "issue":{"ticketId":"%s","number":"DEV-7","serviceCode":"DEV"},"escalatedBy":"bob","escalatedAt":"%s"}"""
                .formatted(id, ticket, number(ticket), issue, Instant.now()));
        awaitStatus(id, "OPEN");
        given().when().get("/api/v1/escalations/" + id).then().body("target.ticketId", equalTo(issue.toString()))
                .body("target.number", equalTo("DEV-7"));
        // the issue team reads it, by the issue ticket too
        asUser("dave", "agent", () -> given().queryParam("ticketId", issue.toString()).when()
                .get("/api/v1/escalations").then().statusCode(200).body("items.id", contains(id)));

        report(ticket, "TicketEscalationAnswered", answered(id, ticket, issue, "hold", "Fix ships on Friday",
                Instant.parse("2026-12-01T10:00:00Z")));
        awaitStatus(id, "ANSWERED");
        report(ticket, "TicketEscalationAnswered", answered(id, ticket, issue, "resolve", "Fixed in 3.2.2",
                Instant.parse("2026-12-01T11:00:00Z")));
        await().until(() -> "Fixed in 3.2.2".equals(given().when().get("/api/v1/escalations/" + id).then().extract()
                .path("answer.content")));
        given().queryParam("ticketId", ticket.toString()).when().get("/api/v1/escalations").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].answer.action", equalTo("resolve"))
                .body("items[0].answer.answeredBy", equalTo("dave")).body("items[0].answer.format", equalTo("TEXT"));
    }

    @Test
    void aRefusedRequestSaysWhyAndTheTicketCanBeEscalatedAgain() {
        UUID ticket = ticketOfBob("ON_HOLD");
        String id = escalate(ticket);
        given().contentType(ContentType.JSON).body(request(ticket, "DEV")).when().post("/api/v1/escalations").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already being carried out"));

        report(ticket, "EscalationRefused", """
                {"escalationId":"%s","ticketId":"%s","reason":"DEV refused the issue ticket: fields.app_version is required",
                 "errors":[{"field":"fields.app_version","message":"is required"}],"refusedAt":"%s"}"""
                .formatted(id, ticket, Instant.now()));
        awaitStatus(id, "REFUSED");
        given().when().get("/api/v1/escalations/" + id).then()
                .body("refusal", containsString("fields.app_version is required"));
        escalate(ticket);
    }

    @Test
    void onlyTheAssigneeOrAnAdminEscalates() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        asUser("carol", "agent", () -> given().contentType(ContentType.JSON).body(request(ticket, "DEV")).when()
                .post("/api/v1/escalations").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("assignee or an admin")));
        asUser("dave", "agent", () -> given().contentType(ContentType.JSON).body(request(ticket, "DEV")).when()
                .post("/api/v1/escalations").then().statusCode(404));
        asUser("dave", "agent", () -> given().queryParam("ticketId", ticket.toString()).when()
                .get("/api/v1/escalations").then().statusCode(404));
        asUser("alice", "agent", () -> given().contentType(ContentType.JSON).body(request(ticket, "DEV")).when()
                .post("/api/v1/escalations").then().statusCode(202).body("requestedBy", equalTo("alice")));
    }

    @Test
    void onlyOpenInquiriesGoOnlyToIssueServices() {
        UUID resolved = ticketOfBob("RESOLVED");
        given().contentType(ContentType.JSON).body(request(resolved, "DEV")).when().post("/api/v1/escalations").then()
                .statusCode(409).body("detail", containsString("is RESOLVED"));
        UUID ticket = ticketOfBob("IN_PROGRESS");
        for (String target : List.of("OPS", "NOPE")) {
            given().contentType(ContentType.JSON).body(request(ticket, target)).when().post("/api/v1/escalations")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("targetServiceCode"));
        }
        given().queryParam("ticketId", ticket.toString()).when().get("/api/v1/escalations/targets").then()
                .statusCode(200).body("serviceCode", contains("DEV")).body("name", contains("Service DEV"));
        given().queryParam("ticketId", ticket.toString()).when().get("/api/v1/escalations").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aTicketOfAnIssueServiceIsNotEscalated() {
        UUID issue = UUID.randomUUID();
        send(event(UUID.randomUUID(), "TicketAssigned", issue, Instant.now(), """
                {"ticketId":"%s","number":"DEV-3","serviceCode":"DEV","title":"Crash","status":"IN_PROGRESS",
                 "group":{"id":"%s","name":"Developers"},
                 "assignee":{"username":"dave","displayName":"Dave","email":"dave@example.com"},
                 "assignedBy":{"kind":"OPERATOR","name":"dave","reason":"kept"},"assignedAt":"%s"}"""
                .formatted(issue, SUPPORT, Instant.now())));
        await().until(() -> asDave(() -> given().when().get("/api/v1/escalations/tickets/" + issue).then().extract()
                .statusCode()) == 200);
        asUser("dave", "agent", () -> given().contentType(ContentType.JSON).body(request(issue, "DEV")).when()
                .post("/api/v1/escalations").then().statusCode(409)
                .body("detail", containsString("DEV manages issues itself")));
    }

    @Test
    void badRequestsAreNamedAndNothingIsStored() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        given().contentType(ContentType.JSON).body(Map.of("ticketId", ticket.toString(), "targetServiceCode", "DEV",
                        "title", " ", "content", "x")).when().post("/api/v1/escalations").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(endsWith("title")));
        given().contentType(ContentType.JSON).body("""
                {"ticketId":"%s","targetServiceCode":"DEV","title":"t","content":"c","priority":"HIGH"}"""
                .formatted(ticket)).when().post("/api/v1/escalations").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("priority")));
        given().contentType(ContentType.JSON).body("{\"ticketId\":\"not-a-uuid\"}").when().post("/api/v1/escalations")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/escalations").then().statusCode(400).contentType("application/problem+json");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from escalation where source_ticket_id = :id").setParameter("id", ticket)
                .getSingleResult()).longValue()));
    }

    @Test
    @TestSecurity(user = "machine", roles = "integration")
    void escalationsAreForOperators() {
        given().contentType(ContentType.JSON).body(request(UUID.randomUUID(), "DEV")).when()
                .post("/api/v1/escalations").then().statusCode(403).contentType("application/problem+json");
    }

    // --- helpers

    private <T> T asDave(java.util.concurrent.Callable<T> call) {
        Object[] result = new Object[1];
        asUser("dave", "agent", () -> {
            try {
                result[0] = call.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked") T value = (T) result[0];
        return value;
    }

    String escalate(UUID ticket) {
        return given().contentType(ContentType.JSON).body(request(ticket, "DEV")).when().post("/api/v1/escalations")
                .then().statusCode(202).extract().path("id");
    }

    static Map<String, Object> request(UUID ticket, String target) {
        return Map.of("ticketId", ticket.toString(), "targetServiceCode", target,
                "inquiryTypeId", "d0000000-0000-4000-8000-000000000012", "fields", Map.of("app_version", "3.2.1"),
                "title", "Refund button fails", "content", "Customer sees error E42.");
    }

    static String answered(String id, UUID ticket, UUID issue, String action, String content, Instant at) {
        return """
                {"escalationId":"%s","ticketId":"%s","number":"CS-9","serviceCode":"CS",
                 "issue":{"ticketId":"%s","number":"DEV-7","serviceCode":"DEV"},"action":"%s","content":"%s",
                 "format":"TEXT","answeredBy":"dave","answeredAt":"%s"}""".formatted(id, ticket, issue, action, content, at);
    }

    UUID ticketOfBob(String status) {
        return TicketFixtures.ticketOfBob(connector, status);
    }

    static String number(UUID ticket) {
        return TicketFixtures.number(ticket);
    }

    void report(UUID ticket, String type, String data) {
        send(event(UUID.randomUUID(), type, ticket, Instant.now(), data));
    }

    void send(String record) {
        TicketFixtures.send(connector, record);
    }

    void service(String code, String type, Map<String, String> members) {
        connector.source("people-events").send(TestEvents.serviceChanged(code, type, members, List.of()));
        await().until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from service_copy where code = :code and type = :type")
                .setParameter("code", code).setParameter("type", type).getSingleResult()).intValue() == 1));
    }

    JsonNode awaitPublished(String escalationId) {
        return await().until(() -> connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"EscalationRequested\"") && p.contains(escalationId))
                .map(EventContract::assertValid).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    void awaitStatus(String id, String status) {
        await().until(() -> status.equals(given().when().get("/api/v1/escalations/" + id).then().extract().path("status")));
    }
}
