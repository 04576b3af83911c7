package io.switchboard.ticket.ticket.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "bob", roles = "agent")
class RoutingDecisionConsumerTest {

    static final String SUPPORT = "a0000000-0000-4000-8000-000000000001";
    static final String DEVELOPERS = "a0000000-0000-4000-8000-000000000002";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    jakarta.persistence.EntityManager entityManager;

    @Test
    void aDecisionAssignsTheTicketAndRecordsWhoAndWhy() {
        String ticket = createTicket();
        decide(UUID.randomUUID(), ticket, "ASSIGNED", SUPPORT, "carol");

        await().until(() -> status(ticket).equals("IN_PROGRESS"));
        given().when().get("/api/v1/tickets/" + ticket).then()
                .body("assignee.username", equalTo("carol")).body("assignee.displayName", equalTo("Carol Sato"))
                .body("group.name", equalTo("Support"));
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("summary", hasItem(
                        "Assigned to Carol Sato (Support) by trigger 'CS inquiries to Support' — round-robin among 2"));

        JsonNode assigned = await().until(() -> published(ticket, "TicketAssigned"), list -> !list.isEmpty()).get(0);
        assertEquals("carol@example.com", assigned.path("data").path("assignee").path("email").asText());
        assertEquals("TRIGGER", assigned.path("data").path("assignedBy").path("kind").asText());
    }

    @Test
    void aRedeliveredDecisionIsAppliedOnce() {
        String ticket = createTicket();
        UUID event = UUID.randomUUID();
        decide(event, ticket, "ASSIGNED", SUPPORT, "bob");
        decide(event, ticket, "ASSIGNED", SUPPORT, "bob");
        String marker = createTicket();
        decide(UUID.randomUUID(), marker, "ASSIGNED", SUPPORT, "bob");
        await().until(() -> status(marker).equals("IN_PROGRESS")); // the redelivery was consumed before it

        assertEquals(1, events(ticket).stream().filter("ASSIGNED"::equals).count());
        await().until(() -> published(marker, "TicketAssigned"), list -> !list.isEmpty());
        assertEquals(1, published(ticket, "TicketAssigned").size());
    }

    /**
     * A concurrent change of the same ticket (here: a transaction holding its row and raising its version)
     * makes the decision's update stale; the consumer retries with the fresh row instead of stopping.
     */
    @Test
    void aDecisionThatMeetsAConcurrentChangeIsRetriedAndTheChannelKeepsGoing() throws Exception {
        String ticket = createTicket();
        java.util.concurrent.CountDownLatch locked = new java.util.concurrent.CountDownLatch(1);
        Thread concurrent = new Thread(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update ticket set version = version + 1 where id = cast(:id as uuid)")
                    .setParameter("id", ticket).executeUpdate();
            locked.countDown();
            try {
                Thread.sleep(1500); // the consumer reads the old version meanwhile and waits on the row
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        concurrent.start();
        locked.await();
        decide(UUID.randomUUID(), ticket, "ASSIGNED", SUPPORT, "carol");
        concurrent.join();

        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> status(ticket).equals("IN_PROGRESS"));
        assertEquals(1, events(ticket).stream().filter("ASSIGNED"::equals).count());
        String next = createTicket();
        decide(UUID.randomUUID(), next, "ASSIGNED", SUPPORT, "bob");
        await().until(() -> status(next).equals("IN_PROGRESS"));
    }

    @Test
    void aDecisionForATicketThatMovedOnIsNotedButChangesNothing() {
        String ticket = createTicket();
        decide(UUID.randomUUID(), ticket, "ASSIGNED", SUPPORT, "bob");
        await().until(() -> status(ticket).equals("IN_PROGRESS"));
        decide(UUID.randomUUID(), ticket, "ASSIGNED", SUPPORT, "carol");
        await().until(() -> events(ticket).contains("ROUTING"));
        given().when().get("/api/v1/tickets/" + ticket).then().body("assignee.username", equalTo("bob"));
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("summary", hasItem("Routing decision not applied: the ticket is already IN_PROGRESS"));
    }

    @Test
    void aDecisionNamingSomeoneOutsideTheGroupOrServiceIsRefused() {
        String ticket = createTicket();
        decide(UUID.randomUUID(), ticket, "ASSIGNED", SUPPORT, "dave");
        String other = createTicket();
        decide(UUID.randomUUID(), other, "ASSIGNED", DEVELOPERS, "dave");
        await().until(() -> events(ticket).contains("ROUTING") && events(other).contains("ROUTING"));
        assertEquals("UNASSIGNED", status(ticket));
        assertEquals("UNASSIGNED", status(other));
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("summary", hasItem("Routing decision not applied: dave is not in group Support"));
        given().when().get("/api/v1/tickets/" + other + "/events").then()
                .body("summary", hasItem(containsString("is not a group of CS")));
    }

    @Test
    void aSubTicketIsNotReroutedByTriggers() {
        String parent = createTicket();
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/tickets/" + parent + "/keep")
                .then().statusCode(200);
        String child = given().contentType(ContentType.JSON)
                .body("{\"groupId\": \"" + SUPPORT + "\", \"title\": \"Check the invoice\", \"content\": \"Please\"}")
                .when().post("/api/v1/tickets/" + parent + "/sub-tickets").then().statusCode(201).extract().path("id");
        decide(UUID.randomUUID(), child, "ASSIGNED", SUPPORT, "carol");
        await().until(() -> events(child).contains("ROUTING"));
        assertEquals("UNASSIGNED", status(child));
        given().when().get("/api/v1/tickets/" + child + "/events").then()
                .body("summary", hasItem("Routing decision not applied: a sub-ticket stays with the group it was created for"));
    }

    @Test
    void anUnassignedOutcomeIsExplainedInTheHistory() {
        String ticket = createTicket();
        decide(UUID.randomUUID(), ticket, "UNASSIGNED", SUPPORT, null);
        await().until(() -> events(ticket).contains("ROUTING"));
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("summary", hasItem("Routing left the ticket unassigned: no member of the group has ticket assignment on"));
    }

    @Test
    void triggerChangesAreAppliedOnceWithTheSummaryAndOneTicketUpdatedByTheTrigger() {
        String ticket = createTicket();
        UUID event = UUID.randomUUID();
        String changes = """
                {"priority": "URGENT", "processingTypeId": "e0000000-0000-4000-8000-000000000002",
                 "addTags": ["vip", "Refund"]}""";
        decideWith(event, ticket, "ASSIGNED", "\"carol\"", "CREATED", changes);
        decideWith(event, ticket, "ASSIGNED", "\"carol\"", "CREATED", changes);
        String marker = createTicket();
        decide(UUID.randomUUID(), marker, "ASSIGNED", SUPPORT, "bob");
        await().until(() -> status(marker).equals("IN_PROGRESS"));

        given().when().get("/api/v1/tickets/" + ticket).then().body("status", equalTo("IN_PROGRESS"))
                .body("priority", equalTo("URGENT")).body("processingTypeId", equalTo("e0000000-0000-4000-8000-000000000002"))
                .body("tags", org.hamcrest.Matchers.contains("vip", "Refund"));
        List<String> summaries = given().when().get("/api/v1/tickets/" + ticket + "/events").then().extract().path("summary");
        assertEquals(1, summaries.stream().filter(SUMMARY::equals).count());
        assertEquals(1, events(ticket).stream().filter("ATTRIBUTES_CHANGED"::equals).count());
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("find { it.type == 'ATTRIBUTES_CHANGED' }.actor", equalTo("CS inquiries to Support"))
                .body("find { it.type == 'ATTRIBUTES_CHANGED' }.changes.priority.after", equalTo("URGENT"));
        await().until(() -> published(marker, "TicketAssigned"), list -> !list.isEmpty());
        List<JsonNode> updated = published(ticket, "TicketUpdated");
        assertEquals(1, updated.size());
        assertEquals("TRIGGER", updated.get(0).path("data").path("changedBy").path("kind").asText());
        assertEquals("CS inquiries to Support", updated.get(0).path("data").path("changedBy").path("name").asText());
        assertEquals("carol", updated.get(0).path("data").path("assignee").asText());
    }

    @Test
    void anUnknownProcessingTypeIsNotedAndTheRestApplies() {
        String ticket = createTicket();
        decideWith(UUID.randomUUID(), ticket, "UNASSIGNED", "null", "CREATED",
                "{\"priority\": \"HIGH\", \"processingTypeId\": \"e0000000-0000-4000-8000-000000000003\"}");
        await().until(() -> events(ticket).contains("ATTRIBUTES_CHANGED"));
        given().when().get("/api/v1/tickets/" + ticket).then().body("priority", equalTo("HIGH"))
                .body("processingTypeId", org.hamcrest.Matchers.nullValue()).body("status", equalTo("UNASSIGNED"));
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("summary", hasItem(containsString("not an active processing type of CS")))
                .body("summary", hasItem(SUMMARY));
    }

    @Test
    void aForwardThatAsksToCompleteCompletesTheTicketThroughTheStateMachine() {
        String ticket = createTicket();
        decideWith(UUID.randomUUID(), ticket, "UNASSIGNED", "null", "CREATED", "{\"complete\": true}");
        await().until(() -> status(ticket).equals("COMPLETED"));
        given().when().get("/api/v1/tickets/" + ticket + "/events").then()
                .body("summary", hasItem("Completed after forwarding, as trigger 'CS inquiries to Support' asked"));
        JsonNode changed = await().until(() -> published(ticket, "TicketStatusChanged"), l -> !l.isEmpty()).get(0);
        assertEquals("complete-after-forward", changed.path("data").path("action").asText());
        assertEquals("COMPLETED", changed.path("data").path("to").asText());
    }

    @Test
    void anUpdateEvaluationReassignsAnInProgressTicketAndUnchangedLeavesIt() {
        String ticket = createTicket();
        decide(UUID.randomUUID(), ticket, "ASSIGNED", SUPPORT, "bob");
        await().until(() -> status(ticket).equals("IN_PROGRESS"));
        decideWith(UUID.randomUUID(), ticket, "UNCHANGED", "null", "UPDATED", null);
        decideWith(UUID.randomUUID(), ticket, "ASSIGNED", "\"carol\"", "UPDATED", null);
        await().until(() -> "carol".equals(given().when().get("/api/v1/tickets/" + ticket).then().extract()
                .path("assignee.username")));
        assertEquals(2, events(ticket).stream().filter("ASSIGNED"::equals).count());
        // a creation decision never takes a ticket from its assignee
        decideWith(UUID.randomUUID(), ticket, "ASSIGNED", "\"bob\"", "CREATED", null);
        await().until(() -> given().when().get("/api/v1/tickets/" + ticket + "/events").then().extract()
                .<List<String>>path("summary").contains("Routing decision not applied: the ticket is already IN_PROGRESS"));
        given().when().get("/api/v1/tickets/" + ticket).then().body("assignee.username", equalTo("carol"));
    }

    static final String SUMMARY = "assigned by trigger 'CS inquiries to Support' (v1) — round-robin among 2";

    void decideWith(UUID eventId, String ticket, String outcome, String assignee, String evaluation, String changes) {
        String data = """
                {"ticketId":"%s","decisionId":"%s","outcome":"%s","groupId":%s,"assignee":%s,
                 "trigger":{"id":"d0000000-0000-4000-8000-000000000001","name":"CS inquiries to Support","version":1},
                 "reason":"round-robin among 2","serviceCode":"CS","evaluation":"%s","summary":"%s"%s,
                 "deliveries":[]}""".formatted(ticket, UUID.randomUUID(), outcome,
                outcome.equals("ASSIGNED") ? "\"" + SUPPORT + "\"" : "null", assignee, evaluation, SUMMARY,
                changes == null ? "" : ",\"changes\":" + changes);
        String record = TestEvents.cloudEvent(eventId, "/switchboard/routing-service", "AssignmentDecided", ticket, data);
        EventContract.assertValid(record);
        connector.source("routing-decisions").send(List.of(record));
    }

    // --- helpers

    static String createTicket() {
        return given().contentType(ContentType.JSON)
                .body("{\"title\": \"Login fails\", \"content\": \"ログインできません\", \"customer\": {\"email\": \"sato@example.jp\"}}")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
    }

    void decide(UUID eventId, String ticket, String outcome, String group, String assignee) {
        String reason = outcome.equals("ASSIGNED") ? "round-robin among 2" : "no member of the group has ticket assignment on";
        String data = """
                {"ticketId":"%s","decisionId":"%s","outcome":"%s","groupId":"%s","assignee":%s,
                 "trigger":{"id":"d0000000-0000-4000-8000-000000000001","name":"CS inquiries to Support","version":1},
                 "reason":"%s"}""".formatted(ticket, UUID.randomUUID(), outcome, group,
                assignee == null ? "null" : "\"" + assignee + "\"", reason);
        String record = TestEvents.cloudEvent(eventId, "/switchboard/routing-service", "AssignmentDecided", ticket, data);
        EventContract.assertValid(record);
        connector.source("routing-decisions").send(List.of(record));
    }

    static String status(String ticket) {
        return given().when().get("/api/v1/tickets/" + ticket).then().statusCode(200).extract().path("status");
    }

    static List<String> events(String ticket) {
        return given().when().get("/api/v1/tickets/" + ticket + "/events").then().statusCode(200).extract().path("type");
    }

    List<JsonNode> published(String ticket, String type) {
        return connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains(ticket) && p.contains("\"type\":\"" + type + "\""))
                .map(EventContract::assertValid).toList();
    }
}
