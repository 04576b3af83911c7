package io.switchboard.escalation.dooray.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.escalation.api.TicketSnapshotTest.asUser;
import static io.switchboard.escalation.api.TicketSnapshotTest.event;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.switchboard.escalation.api.TicketFixtures;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dooray escalations end to end on escalation-service's side, against the real stand-in over HTTP
 * (seed: src/test/resources/dooray-standin-seed.json; project 1100 has the mandatory select-one tag group Kind, tags
 * 1201 Bug and 1202 Request, the optional group Area with 1301, members 1001 Ada and 1002 Ben), whose hooks call
 * this application's receiver.
 */
@QuarkusTest
@TestSecurity(user = "bob", roles = "agent")
class DoorayEscalationTest {

    private static final String ESCALATIONS = "/api/v1/dooray/escalations";
    private static final String PROJECT = "1100";
    private static final String TOKEN = "acme-token";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    String hookPath;

    /** CS (alice admin, bob and carol operators) connected to project 1100, whose hooks come here. */
    @BeforeEach
    void connectedService() {
        connector.source("people-events").send(TestEvents.serviceChanged("CS", "INQUIRY",
                Map.of("alice", "ADMIN", "bob", "OPERATOR", "carol", "OPERATOR"), List.of()));
        await().until(() -> count("select count(*) from service_member where service_code = 'CS'") == 3);
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("delete from dooray_escalation").executeUpdate();
            entityManager.createNativeQuery("delete from dooray_connection").executeUpdate();
        });
        standin().post("/standin/reset").then().statusCode(200);
        asUser("alice", "agent", () -> hookPath = given().contentType(ContentType.JSON).body(Map.of(
                        "organizationId", "100", "token", TOKEN,
                        "projects", List.of(Map.of("id", PROJECT, "name", "Acme CS", "registrantMemberId", "1001")),
                        "operators", List.of(Map.of("username", "bob", "organizationMemberId", "1002"))))
                .put("/api/v1/dooray/services/CS/connection").then().statusCode(201).extract().path("hookPath"));
        standin().contentType(ContentType.JSON)
                .body(Map.of("urls", List.of("http://127.0.0.1:" + RestAssured.port + hookPath)))
                .put("/standin/projects/" + PROJECT + "/hooks").then().statusCode(200);
        connector.sink("outbox").clear();
    }

    // --- escalating

    @Test
    void theAssigneeEscalatesAndDoorayHasTheTaskAsAsked() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        String location = given().contentType(ContentType.JSON).body(request(ticket)).post(ESCALATIONS).then()
                .statusCode(201).header("Location", containsString(ESCALATIONS + "/"))
                .body("status", equalTo("OPEN")).body("ticketId", equalTo(ticket.toString()))
                .body("ticketNumber", equalTo(TicketFixtures.number(ticket))).body("serviceCode", equalTo("CS"))
                .body("projectId", equalTo(PROJECT)).body("projectName", equalTo("Acme CS"))
                .body("taskId", notNullValue()).body("subject", equalTo("Refund fails"))
                .body("workflowClass", equalTo("registered")).body("failure", nullValue())
                .body("requestedBy", equalTo("bob")).body("lastSyncedAt", notNullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        String taskId = given().get(ESCALATIONS + "/" + id).then().statusCode(200).extract().path("taskId");

        dooray().get("/project/v1/projects/" + PROJECT + "/posts/" + taskId).then().statusCode(200)
                .body("result.subject", equalTo("Refund fails"))
                .body("result.body.mimeType", equalTo("text/x-markdown"))
                .body("result.body.content", containsString("Customer sees E42."))
                .body("result.body.content", containsString("escalation " + id))
                .body("result.body.content", containsString("[@bob](dooray://100/members/1002"))
                .body("result.users.to[0].member.organizationMemberId", equalTo("1002"))
                .body("result.users.cc[0].member.organizationMemberId", equalTo("1001"))
                .body("result.tagIds", contains("1201", "1301"))
                .body("result.priority", equalTo("high"));

        JsonNode created = awaitPublished("DoorayTaskCreated", id).path("data");
        assertEquals(ticket.toString(), created.path("ticketId").asText());
        assertEquals(taskId, created.path("taskId").asText());
        assertEquals("bob", created.path("requestedBy").asText());
        given().queryParam("ticketId", ticket.toString()).get(ESCALATIONS).then().statusCode(200)
                .body("items.id", contains(id));
        // one open task per ticket
        given().contentType(ContentType.JSON).body(request(ticket)).post(ESCALATIONS).then().statusCode(409)
                .body("detail", containsString("open Dooray task"));
    }

    @Test
    void aMandatoryTagGroupAndTheRecipientsAreCheckedBeforeDoorayIsAsked() {
        UUID ticket = ticketOfBob("ON_HOLD");
        Map<String, Object> request = request(ticket);
        request.put("tagIds", List.of("1301"));
        request.put("to", List.of("1002", "9999"));
        given().contentType(ContentType.JSON).body(request).post(ESCALATIONS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("tagIds")).body("errors.message", hasItem("choose a tag of Kind"))
                .body("errors.field", hasItem("to[1]"));
        request.put("tagIds", List.of("1201", "1202"));
        request.put("to", List.of("1002"));
        given().contentType(ContentType.JSON).body(request).post(ESCALATIONS).then().statusCode(400)
                .body("errors.message", hasItem("choose only one tag of Kind"));
        request.remove("ticketId"); // found by the authorization matrix: this was a 500
        given().contentType(ContentType.JSON).body(request).post(ESCALATIONS).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(containsString("ticketId")));
        standin().get("/standin/posts").then().body("result", empty());
        assertEquals(0, count("select count(*) from dooray_escalation"));
    }

    @Test
    void onlyTheAssigneeOrAnAdminEscalatesAnOpenTicketToAConnectedProject() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        asUser("carol", "agent", () -> given().contentType(ContentType.JSON).body(request(ticket)).post(ESCALATIONS)
                .then().statusCode(403));
        asUser("alice", "agent", () -> given().contentType(ContentType.JSON).body(request(ticket)).post(ESCALATIONS)
                .then().statusCode(201).body("requestedBy", equalTo("alice")));
        UUID resolved = ticketOfBob("RESOLVED");
        given().contentType(ContentType.JSON).body(request(resolved)).post(ESCALATIONS).then().statusCode(409)
                .body("detail", containsString("IN_PROGRESS, ON_HOLD or DOORAY_ANSWERED"));
        Map<String, Object> otherProject = request(ticketOfBob("IN_PROGRESS"));
        otherProject.put("projectId", "1600");
        given().contentType(ContentType.JSON).body(otherProject).post(ESCALATIONS).then().statusCode(400)
                .body("errors[0].field", equalTo("projectId"));
        asUser("dave", "agent", () -> given().queryParam("ticketId", ticket.toString()).get(ESCALATIONS).then()
                .statusCode(404));
    }

    @Test
    void aRejectedTokenIsAClearConflictAndNothingIsStoredOrPublished() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        fault(Map.of("status", 401, "method", "POST", "path", "/project/v1/projects/*/posts"));
        given().contentType(ContentType.JSON).body(request(ticket)).post(ESCALATIONS).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("Dooray token is no longer valid — an admin must replace it"));
        assertEquals(0, count("select count(*) from dooray_escalation"));
        assertTrue(published("DoorayTaskCreated").isEmpty());
    }

    @Test
    void rateLimitAnswersAreWaitedOutAndTriedAgain() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        fault(Map.of("status", 429, "count", 2, "method", "POST", "path", "/project/v1/projects/*/posts",
                "retryAfterSeconds", 1));
        given().contentType(ContentType.JSON).body(request(ticket)).post(ESCALATIONS).then().statusCode(201)
                .body("status", equalTo("OPEN"));
        standin().get("/standin/posts").then().body("result", hasSize(1));
    }

    @Test
    void doorayAwayThroughEveryAttemptIs503WithRetryAfterAndNothingStored() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        fault(Map.of("status", 503, "count", 3, "method", "POST", "path", "/project/v1/projects/*/posts",
                "retryAfterSeconds", 1));
        given().contentType(ContentType.JSON).body(request(ticket)).post(ESCALATIONS).then().statusCode(503)
                .header("Retry-After", notNullValue());
        assertEquals(0, count("select count(*) from dooray_escalation"));
    }

    // --- the task's state and conversation

    @Test
    void webhooksMoveTheTaskAndAClosedTaskIsEscalatedAgain() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        String id = escalate(ticket);
        String taskId = taskOf(id);
        moved(ticket, "IN_PROGRESS", "DOORAY_ESCALATED", Instant.now());

        moveTask(taskId, "working");
        JsonNode working = awaitChange(id, "working");
        assertEquals(taskId, working.path("data").path("taskId").asText());
        assertEquals(ticket.toString(), working.path("subject").asText());
        given().get(ESCALATIONS + "/" + id).then().body("workflowClass", equalTo("working")).body("status", equalTo("OPEN"));

        moveTask(taskId, "closed");
        awaitChange(id, "closed");
        given().get(ESCALATIONS + "/" + id).then().body("status", equalTo("ANSWERED"));
        given().contentType(ContentType.JSON).body(Map.of("content", "Thanks")).post(ESCALATIONS + "/" + id + "/comments")
                .then().statusCode(409);

        moved(ticket, "DOORAY_ESCALATED", "DOORAY_ANSWERED", Instant.now());
        String again = escalate(ticket);
        given().queryParam("ticketId", ticket.toString()).get(ESCALATIONS).then().body("items.id", contains(again, id));
        // the old task no longer moves the ticket
        moveTask(taskId, "working");
        await().until(() -> "working".equals(given().get(ESCALATIONS + "/" + id).then().extract().path("workflowClass")));
        assertEquals(1, published("DoorayTaskChanged").stream()
                .filter(e -> e.path("data").path("workflowClass").asText().equals("working")).count());
    }

    @Test
    void commentsGoBothWaysAndEachIsInTheConversationOnce() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        String id = escalate(ticket);
        String taskId = taskOf(id);
        given().contentType(ContentType.JSON).body(Map.of("content", "Any news?")).post(ESCALATIONS + "/" + id + "/comments")
                .then().statusCode(201).body("fromSwitchboard", equalTo(true)).body("author.username", equalTo("bob"))
                .body("author.organizationMemberId", equalTo("1002")).body("content", equalTo("Any news?"))
                .body("mimeType", equalTo("text/x-markdown"));
        dooray().get("/project/v1/projects/" + PROJECT + "/posts/" + taskId + "/logs").then()
                .body("result[0].body.content", containsString("Any news?"))
                .body("result[0].body.content", containsString("(Switchboard)"));

        standin().contentType(ContentType.JSON).body(Map.of("content", "Fixed on our side", "memberId", "1002"))
                .post("/standin/projects/" + PROJECT + "/posts/" + taskId + "/comments").then().statusCode(200);
        JsonNode added = awaitPublished("DoorayCommentAdded", id).path("data");
        assertEquals("Ben", added.path("authorName").asText());
        assertEquals("Fixed on our side", added.path("content").asText());
        given().get(ESCALATIONS + "/" + id + "/comments").then().statusCode(200)
                .body("items.content", contains("Any news?", "Fixed on our side"))
                .body("items.fromSwitchboard", contains(true, false))
                .body("items[1].author.name", equalTo("Ben")).body("items[1].author.username", nullValue());
        assertEquals(1, published("DoorayCommentAdded").size(), "Switchboard's own comment is not told back");
        asUser("dave", "agent", () -> given().get(ESCALATIONS + "/" + id + "/comments").then().statusCode(404));
    }

    @Test
    void aMissedWebhookIsRecoveredByReconciliation() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        String id = escalate(ticket);
        String taskId = taskOf(id);
        standin().contentType(ContentType.JSON).body(Map.of("count", 2)).post("/standin/hooks/suppress").then()
                .statusCode(200);
        moveTask(taskId, "working");
        standin().contentType(ContentType.JSON).body(Map.of("content", "Looking into it"))
                .post("/standin/projects/" + PROJECT + "/posts/" + taskId + "/comments").then().statusCode(200);
        standin().get("/standin/hook-deliveries").then().body("result.outcome", contains("SUPPRESSED", "SUPPRESSED"));

        await().atMost(Duration.ofSeconds(20)).until(() -> published("DoorayTaskChanged").size() == 1
                && published("DoorayCommentAdded").size() == 1);
        awaitChange(id, "working");
        given().get(ESCALATIONS + "/" + id + "/comments").then().body("items.content", contains("Looking into it"));
    }

    @Test
    void aHookForAnUnknownSecretIsNotFoundAndRepeatsApplyOnce() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/dooray/hooks/not-the-secret").then()
                .statusCode(404).contentType("application/problem+json");
        UUID ticket = ticketOfBob("IN_PROGRESS");
        String id = escalate(ticket);
        String hook = """
                {"hookEventType":"postWorkflowChanged","project":{"id":"%s","code":"ACME-CS"},"somethingNew":1,
                 "post":{"id":"%s","workflowClass":"working"},"workflow":{"id":"1503","name":"Doing","class":"working"}}"""
                .formatted(PROJECT, taskOf(id));
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(hook).post(hookPath).then().statusCode(200);
        }
        awaitChange(id, "working");
        assertEquals(1, published("DoorayTaskChanged").size());
    }

    // --- failures after the task exists

    @Test
    void ticketServiceRefusingTheMoveFailsTheEscalationAndTellsDooray() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        String id = escalate(ticket);
        String taskId = taskOf(id);
        sendTicketEvent(event(UUID.randomUUID(), "DoorayEscalationRefused", ticket, Instant.now(), """
                {"escalationId":"%s","ticketId":"%s","reason":"Ticket %s is RESOLVED and cannot be escalated now.",
                 "refusedAt":"%s"}""".formatted(id, ticket, TicketFixtures.number(ticket), Instant.now())));
        await().until(() -> "FAILED".equals(given().get(ESCALATIONS + "/" + id).then().extract().path("status")));
        given().get(ESCALATIONS + "/" + id).then().body("failure", containsString("is RESOLVED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> dooray()
                .get("/project/v1/projects/" + PROJECT + "/posts/" + taskId + "/logs").then().extract()
                .<List<String>>path("result.body.content").stream().anyMatch(c -> c.contains("is RESOLVED")));
        await().until(() -> given().get(ESCALATIONS + "/" + id + "/comments").then().extract()
                .<List<Boolean>>path("items.fromSwitchboard").equals(List.of(true)));
        assertTrue(published("DoorayCommentAdded").isEmpty(), "Switchboard's notice is not told back as Dooray's");
    }

    @Test
    void aPendingEscalationLeftByACrashFindsItsTask() {
        UUID ticket = ticketOfBob("IN_PROGRESS");
        UUID lost = UUID.randomUUID();
        UUID never = UUID.randomUUID();
        UUID otherTicket = ticketOfBob("IN_PROGRESS");
        Instant longAgo = Instant.now().minusSeconds(60);
        QuarkusTransaction.requiringNew().run(() -> {
            pending(lost, ticket, longAgo, "Lost answer");
            pending(never, otherTicket, longAgo, "Never made");
        });
        // Dooray made the first task, but the answer never arrived
        String taskId = dooray().contentType(ContentType.JSON).body(Map.of("subject", "Lost answer",
                        "body", Map.of("mimeType", "text/x-markdown", "content", "… · escalation " + lost),
                        "tagIds", List.of("1201")))
                .post("/project/v1/projects/" + PROJECT + "/posts").then().statusCode(200).extract().path("result.id");

        await().atMost(Duration.ofSeconds(20)).until(() -> "OPEN".equals(given().get(ESCALATIONS + "/" + lost).then()
                .extract().path("status")));
        given().get(ESCALATIONS + "/" + lost).then().body("taskId", equalTo(taskId));
        assertEquals(taskId, awaitPublished("DoorayTaskCreated", lost.toString()).path("data").path("taskId").asText());
        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(given().get(ESCALATIONS + "/" + never).then()
                .extract().path("status")));
        given().get(ESCALATIONS + "/" + never).then().body("failure", containsString("did not create the task"))
                .body("taskId", nullValue());
    }

    // --- helpers

    void pending(UUID id, UUID ticket, Instant at, String subject) {
        entityManager.createNativeQuery("""
                        insert into dooray_escalation (id, ticket_id, ticket_number, service_code, project_id, project_name,
                            subject, status, requested_by, requested_at, updated_at)
                        values (:id, :ticket, 'CS-1', 'CS', :project, 'Acme CS', :subject, 'PENDING', 'bob', :at, :at)""")
                .setParameter("id", id).setParameter("ticket", ticket).setParameter("project", PROJECT)
                .setParameter("subject", subject).setParameter("at", at).executeUpdate();
    }

    static void moveTask(String taskId, String workflowClass) {
        standin().contentType(ContentType.JSON).body(Map.of("workflowClass", workflowClass))
                .post("/standin/projects/" + PROJECT + "/posts/" + taskId + "/workflow").then().statusCode(200);
    }

    JsonNode awaitChange(String escalationId, String workflowClass) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> published("DoorayTaskChanged").stream()
                .filter(e -> e.path("data").path("escalationId").asText().equals(escalationId)
                        && e.path("data").path("workflowClass").asText().equals(workflowClass)).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    static RequestSpecification standin() {
        return given().baseUri(ConfigProvider.getConfig().getValue("switchboard.dooray.base-url", String.class));
    }

    static RequestSpecification dooray() {
        return standin().header("Authorization", "dooray-api " + TOKEN);
    }

    static void fault(Map<String, Object> fault) {
        standin().contentType(ContentType.JSON).body(fault).post("/standin/faults").then().statusCode(200);
    }

    static Map<String, Object> request(UUID ticket) {
        Map<String, Object> request = new HashMap<>();
        request.put("ticketId", ticket.toString());
        request.put("projectId", PROJECT);
        request.put("subject", "Refund fails");
        request.put("body", Map.of("mimeType", "text/x-markdown", "content", "Customer sees E42."));
        request.put("to", List.of("1002"));
        request.put("cc", List.of("1001"));
        request.put("tagIds", List.of("1201", "1301"));
        request.put("priority", "high");
        return request;
    }

    String escalate(UUID ticket) {
        return given().contentType(ContentType.JSON).body(request(ticket)).post(ESCALATIONS).then().statusCode(201)
                .extract().path("id");
    }

    String taskOf(String id) {
        return given().get(ESCALATIONS + "/" + id).then().statusCode(200).extract().path("taskId");
    }

    UUID ticketOfBob(String status) {
        return TicketFixtures.ticketOfBob(connector, status);
    }

    void moved(UUID ticket, String from, String to, Instant at) {
        TicketFixtures.moved(connector, ticket, from, to, at);
    }

    void sendTicketEvent(String record) {
        TicketFixtures.send(connector, record);
    }

    List<JsonNode> published(String type) {
        return connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"" + type + "\"")).map(EventContract::assertValid).toList();
    }

    JsonNode awaitPublished(String type, String escalationId) {
        return await().until(() -> published(type).stream()
                .filter(e -> e.path("data").path("escalationId").asText().equals(escalationId)).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
