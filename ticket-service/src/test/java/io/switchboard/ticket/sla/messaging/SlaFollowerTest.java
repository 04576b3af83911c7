package io.switchboard.ticket.sla.messaging;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.ticket.api.Identities.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.platform.testing.AdjustableClock;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** escalation-service's SLA events: the clocks shown on the ticket, in lists and my status; warnings and breaches. */
@QuarkusTest
@TestSecurity(user = "bob", roles = "agent")
class SlaFollowerTest {

    static final String POLICY = "5a000000-0000-4000-8000-000000000001";
    static final String SUPPORT = "a0000000-0000-4000-8000-000000000001";

    @Inject
    AdjustableClock clock;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    DataSource dataSource;

    @Test
    void theClocksAreShownOnTheTicketAndInItsList() {
        String ticket = keptTicket();
        Instant due = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        clocks(ticket, Instant.now(), """
                [{"metric":"FIRST_RESPONSE","state":"RUNNING","target":"PT4H","dueAt":"%s","warnAt":"%s","breached":false},
                 {"metric":"RESOLUTION","state":"PAUSED","target":"P2D","dueAt":null,"warnAt":null,"breached":false}]"""
                .formatted(due, due.minus(30, ChronoUnit.MINUTES)));
        awaitSla(ticket);
        given().when().get("/api/v1/tickets/" + ticket).then().statusCode(200)
                .body("sla.policyName", equalTo("Standard")).body("sla.nextDueAt", equalTo(due.toString()))
                .body("sla.overdue", equalTo(false))
                .body("sla.clocks.metric", contains("FIRST_RESPONSE", "RESOLUTION"))
                .body("sla.clocks[0].target", equalTo("PT4H")).body("sla.clocks[1].state", equalTo("PAUSED"))
                .body("sla.clocks[1].dueAt", nullValue());
        given().queryParam("view", "my-in-progress").when().get("/api/v1/tickets").then().statusCode(200)
                .body("items.find { it.id == '" + ticket + "' }.sla.nextDueAt", equalTo(due.toString()));
        // the customer's side does not see the service's promises to itself
        as("demo-integration", "integration", () -> given().when().get("/api/v1/tickets/" + ticket).then()
                .statusCode(200).body("sla", nullValue()));
    }

    @Test
    void anOlderStateDeliveredLateChangesNothingAndNoPolicyClearsTheClocks() {
        String ticket = keptTicket();
        Instant now = Instant.now();
        clocks(ticket, now, """
                [{"metric":"FIRST_RESPONSE","state":"MET","target":"PT4H","dueAt":null,"warnAt":null,"breached":false}]""");
        awaitSla(ticket);
        clocks(ticket, now.minusSeconds(60), """
                [{"metric":"FIRST_RESPONSE","state":"RUNNING","target":"PT4H","dueAt":"%s","warnAt":null,"breached":false}]"""
                .formatted(now.plusSeconds(3600)));
        String marker = keptTicket(); // events are applied in order: once the marker shows, the late one was seen
        clocks(marker, now, """
                [{"metric":"FIRST_RESPONSE","state":"MET","target":"PT4H","dueAt":null,"warnAt":null,"breached":false}]""");
        awaitSla(marker);
        given().when().get("/api/v1/tickets/" + ticket).then().body("sla.clocks[0].state", equalTo("MET"))
                .body("sla.nextDueAt", nullValue());
        send("SlaClocksChanged", ticket, """
                {"ticketId":"%s","number":"CS-1","serviceCode":"CS","policy":null,"clocks":[],"changedAt":"%s"}"""
                .formatted(ticket, now.plusSeconds(1)));
        await().until(() -> given().when().get("/api/v1/tickets/" + ticket).then().extract().path("sla") == null);
    }

    @Test
    void myStatusCountsMyTicketsPastDueAndAtRisk() {
        int overdueBefore = myStatus("slaOverdue");
        int atRiskBefore = myStatus("slaAtRisk");
        // my status counts by the service's clock, which earlier tests may have moved on
        Instant now = clock.instant();
        String overdue = keptTicket();
        clocks(overdue, now, """
                [{"metric":"FIRST_RESPONSE","state":"BREACHED","target":"PT1H","dueAt":"%s","warnAt":"%s","breached":true}]"""
                .formatted(now.minusSeconds(600), now.minusSeconds(1200)));
        String atRisk = keptTicket();
        clocks(atRisk, now, """
                [{"metric":"RESOLUTION","state":"RUNNING","target":"PT8H","dueAt":"%s","warnAt":"%s","breached":false}]"""
                .formatted(now.plusSeconds(600), now.minusSeconds(60)));
        String warnedLater = keptTicket();
        clocks(warnedLater, now, """
                [{"metric":"RESOLUTION","state":"RUNNING","target":"PT8H","dueAt":"%s","warnAt":"%s","breached":false}]"""
                .formatted(now.plusSeconds(7200), now.plusSeconds(3600)));
        String closedOverdue = keptTicket();
        clocks(closedOverdue, now, """
                [{"metric":"RESOLUTION","state":"BREACHED","target":"PT1H","dueAt":"%s","warnAt":null,"breached":true}]"""
                .formatted(now.minusSeconds(600)));
        // past due while still in the queue: it counts once bob keeps it
        String keptLater = given().contentType(ContentType.JSON).body("""
                {"title": "Refund", "content": "Charged twice", "customer": {"email": "kim@example.com"}}""")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        clocks(keptLater, now, """
                [{"metric":"FIRST_RESPONSE","state":"BREACHED","target":"PT1H","dueAt":"%s","warnAt":null,"breached":true}]"""
                .formatted(now.minusSeconds(600)));
        awaitSla(overdue);
        awaitSla(atRisk);
        awaitSla(warnedLater);
        awaitSla(closedOverdue);
        awaitSla(keptLater);
        given().contentType(ContentType.JSON).body("{\"reason\": \"TEST\"}")
                .when().post("/api/v1/tickets/" + closedOverdue + "/internal-resolution").then().statusCode(200);
        assertEquals(overdueBefore + 1, myStatus("slaOverdue"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/tickets/" + keptLater + "/keep").then()
                .statusCode(200);
        // neither a warning still ahead nor a ticket closed for good counts
        assertEquals(overdueBefore + 2, myStatus("slaOverdue"));
        assertEquals(atRiskBefore + 1, myStatus("slaAtRisk"));
        given().when().get("/api/v1/tickets/" + overdue).then().body("sla.overdue", equalTo(true));
    }

    @Test
    void aClockFirstWrittenWhileItsTicketChangesHandsCountsForTheNewAssignee() throws Exception {
        int overdueBefore = myStatus("slaOverdue");
        Instant now = clock.instant();
        String ticket = given().contentType(ContentType.JSON).body("""
                {"title": "Refund", "content": "Charged twice", "customer": {"email": "kim@example.com"}}""")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        // the ticket is handed to bob in a transaction still open when its first clocks arrive
        try (Connection assignment = dataSource.getConnection()) {
            assignment.setAutoCommit(false);
            try (PreparedStatement update = assignment.prepareStatement("update ticket set assignee = 'bob' where id = ?")) {
                update.setObject(1, UUID.fromString(ticket));
                assertEquals(1, update.executeUpdate());
            }
            CompletableFuture<Void> delivered = CompletableFuture.runAsync(() -> clocks(ticket, now, """
                    [{"metric":"FIRST_RESPONSE","state":"BREACHED","target":"PT1H","dueAt":"%s","warnAt":null,"breached":true}]"""
                    .formatted(now.minusSeconds(600))));
            Thread.sleep(1_000); // the consumer writes the clock row now, before the assignment commits
            assignment.commit();
            delivered.get(30, TimeUnit.SECONDS);
        }
        awaitSla(ticket);
        assertEquals(overdueBefore + 1, myStatus("slaOverdue"));
    }

    @Test
    void aWarningAndABreachAreHistoryAndTheBreachDoesWhatThePolicyAsks() {
        String ticket = keptTicket();
        Instant due = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        send("SlaWarned", ticket, """
                {"ticketId":"%s","number":"CS-1","serviceCode":"CS","metric":"FIRST_RESPONSE","dueAt":"%s",
                 "policy":{"id":"%s","name":"Standard"},"assignee":"bob","warnedAt":"%s"}"""
                .formatted(ticket, due, POLICY, due.minusSeconds(1800)));
        send("SlaBreached", ticket, breached(ticket, due, true, SUPPORT));
        await().until(() -> "HIGH".equals(given().when().get("/api/v1/tickets/" + ticket).then().extract()
                .path("priority")));
        given().when().get("/api/v1/tickets/" + ticket).then().body("status", equalTo("UNASSIGNED"))
                .body("group.id", equalTo(SUPPORT)).body("assignee", nullValue());
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("type", hasItem("SLA_WARNING")).body("type", hasItem("SLA_BREACHED"))
                .body("find { it.type == 'SLA_BREACHED' }.summary", containsString("first response was due at " + due))
                .body("find { it.type == 'SLA_BREACHED' }.summary", containsString("priority raised to HIGH"))
                .body("find { it.type == 'SLA_BREACHED' }.summary", containsString("handed to the queue of Support"));
        JsonNode updated = published(ticket, "TicketUpdated").stream()
                .filter(e -> e.path("data").path("changed").toString().contains("priority")).findFirst().orElseThrow();
        assertEquals("SYSTEM", updated.path("data").path("changedBy").path("kind").asText());
        JsonNode forwarded = published(ticket, "TicketStatusChanged").stream()
                .filter(e -> e.path("data").path("action").asText().equals("forward")).findFirst().orElseThrow();
        assertEquals("sla", forwarded.path("data").path("actor").asText());
    }

    @Test
    void aBreachOfAnUrgentTicketKeepsItsPriorityAndAnUnknownGroupIsNoted() {
        String ticket = keptTicket();
        given().contentType(ContentType.JSON).body("{\"priority\": \"URGENT\"}").when()
                .patch("/api/v1/tickets/" + ticket + "/attributes").then().statusCode(200);
        send("SlaBreached", ticket, breached(ticket, Instant.now(), true, UUID.randomUUID().toString()));
        await().until(() -> given().when().get("/api/v1/tickets/" + ticket + "/events").then().extract()
                .<List<String>>path("type").contains("SLA_BREACHED"));
        given().when().get("/api/v1/tickets/" + ticket).then().body("priority", equalTo("URGENT"))
                .body("status", equalTo("IN_PROGRESS"));
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("find { it.type == 'SLA_BREACHED' }.summary", containsString("priority stays URGENT"))
                .body("find { it.type == 'SLA_BREACHED' }.summary", containsString("not reassigned"));
    }

    // --- helpers

    static String breached(String ticket, Instant due, boolean raise, String group) {
        return """
                {"ticketId":"%s","number":"CS-1","serviceCode":"CS","metric":"FIRST_RESPONSE","dueAt":"%s",
                 "policy":{"id":"%s","name":"Standard"},"assignee":"bob",
                 "onBreach":{"raisePriority":%s,"reassignGroupId":"%s"},"breachedAt":"%s"}"""
                .formatted(ticket, due, POLICY, raise, group, due);
    }

    int myStatus(String count) {
        Integer value = given().when().get("/api/v1/me/status").then().statusCode(200).extract()
                .path("services.find { it.service == 'CS' }." + count);
        return value;
    }

    static String keptTicket() {
        String id = given().contentType(ContentType.JSON).body("""
                {"title": "Refund", "content": "Charged twice", "customer": {"email": "kim@example.com"}}""")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/tickets/" + id + "/keep").then()
                .statusCode(200);
        return id;
    }

    void clocks(String ticket, Instant at, String clocks) {
        send("SlaClocksChanged", ticket, """
                {"ticketId":"%s","number":"CS-1","serviceCode":"CS","policy":{"id":"%s","name":"Standard"},
                 "clocks":%s,"changedAt":"%s"}""".formatted(ticket, POLICY, clocks, at));
    }

    void send(String type, String ticket, String data) {
        String record = TestEvents.cloudEvent(UUID.randomUUID(), "/switchboard/escalation-service", type, ticket, data);
        EventContract.assertValid(record);
        connector.source("escalation-events").send(record);
    }

    void awaitSla(String ticket) {
        await().until(() -> given().when().get("/api/v1/tickets/" + ticket).then().extract().path("sla") != null);
    }

    List<JsonNode> published(String ticket, String type) {
        return connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"subject\":\"" + ticket + "\"") && p.contains("\"type\":\"" + type + "\""))
                .map(EventContract::assertValid).toList();
    }
}
