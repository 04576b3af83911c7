package io.switchboard.routing.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoutingTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @Test
    void newTicketsOfCsGoRoundRobinToSupport() {
        List<String> assignees = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID ticket = UUID.randomUUID();
            send(UUID.randomUUID(), ticket, "CS");
            JsonNode decision = awaitDecision(ticket);
            assertEquals("ASSIGNED", decision.path("outcome").asText());
            assertEquals("a0000000-0000-4000-8000-000000000001", decision.path("groupId").asText());
            assertEquals("round-robin among 2", decision.path("reason").asText());
            assertEquals("CS inquiries to Support", decision.path("trigger").path("name").asText());
            assignees.add(decision.path("assignee").asText());
        }
        for (int i = 1; i < assignees.size(); i++) {
            assertNotEquals(assignees.get(i - 1), assignees.get(i), "round-robin alternates: " + assignees);
        }
        assertEquals(assignees.get(3), lastRoundRobinAssignee(), "the position is kept in the database");
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aRedeliveredTicketCreatedIsRoutedOnce() {
        UUID event = UUID.randomUUID();
        UUID ticket = UUID.randomUUID();
        send(event, ticket, "CS");
        send(event, ticket, "CS");
        awaitDecision(ticket);
        UUID marker = UUID.randomUUID();
        send(UUID.randomUUID(), marker, "CS");
        awaitDecision(marker); // everything sent before the marker has been consumed
        given().when().get("/api/v1/routing/decisions/" + ticket).then().statusCode(200).body("$", hasSize(1));
        assertEquals(1, published(ticket).size());
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void aTicketOfAServiceWithoutTriggersStaysUnassignedWithTheReason() {
        UUID ticket = UUID.randomUUID();
        send(UUID.randomUUID(), ticket, "DEV");
        JsonNode decision = awaitDecision(ticket);
        assertEquals("UNASSIGNED", decision.path("outcome").asText());
        assertEquals("the service has no enabled triggers", decision.path("reason").asText());
        given().when().get("/api/v1/routing/decisions/" + ticket).then().statusCode(200)
                .body("[0].summary", equalTo("left unassigned — the service has no enabled triggers"));
    }

    @Test
    @TestSecurity(user = "alice", roles = {"org-admin", "agent"})
    void aDecisionExplainsTriggersConditionsAndCandidates() {
        UUID ticket = UUID.randomUUID();
        send(UUID.randomUUID(), ticket, "CS");
        awaitDecision(ticket);
        given().when().get("/api/v1/routing/decisions/" + ticket).then().statusCode(200)
                .body("[0].explanation.triggers.name", contains("CS inquiries to Support"))
                .body("[0].explanation.triggers[0].matched", equalTo(true))
                .body("[0].explanation.triggers[0].version", equalTo(1))
                .body("[0].explanation.candidates.username", contains("bob", "carol"))
                .body("[0].explanation.candidates.eligible", contains(true, true))
                .body("[0].summary", containsString("by trigger 'CS inquiries to Support' (v1) — round-robin among 2"));
    }

    @Test
    void aRecordThatIsNotACloudEventIsSkippedAndRoutingGoesOn() {
        connector.source("ticket-events").send(List.of("this is not json"));
        connector.source("ticket-events").send(List.of("{\"specversion\":\"1.0\"}"));
        UUID ticket = UUID.randomUUID();
        send(UUID.randomUUID(), ticket, "CS");
        assertEquals("ASSIGNED", awaitDecision(ticket).path("outcome").asText());
    }

    @Test
    void aBatchIsAppliedOnceEachInOrderAndOneBadEventInItDoesNotCostTheOthers() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID twice = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        String again = created(twice, first);
        connector.source("ticket-events").send(List.of(again, "not json", again,
                TestEvents.cloudEvent(bad, "/switchboard/ticket-service", "TicketCreated", UUID.randomUUID().toString(),
                        "{\"ticketId\":\"not a uuid\"}"),
                created(UUID.randomUUID(), second)));
        assertEquals("ASSIGNED", awaitDecision(first).path("outcome").asText());
        assertEquals("ASSIGNED", awaitDecision(second).path("outcome").asText());
        assertEquals(1, published(first).size(), "the event twice in the batch is decided once");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from dead_letter_event where event_id = :id").setParameter("id", bad)
                .getSingleResult()).longValue()), "only the malformed event is a dead letter");
    }

    @Test
    void decisionsNeedAToken() {
        given().when().get("/api/v1/routing/decisions/" + UUID.randomUUID()).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "machine", roles = "integration")
    void decisionsAreForOperators() {
        given().when().get("/api/v1/routing/decisions/" + UUID.randomUUID()).then().statusCode(403)
                .contentType("application/problem+json");
    }

    // --- helpers

    void send(UUID eventId, UUID ticket, String service) {
        connector.source("ticket-events").send(List.of(created(eventId, ticket, service)));
    }

    String created(UUID eventId, UUID ticket) {
        return created(eventId, ticket, "CS");
    }

    String created(UUID eventId, UUID ticket, String service) {
        String data = """
                {"ticketId":"%s","number":"%s-1","serviceCode":"%s","title":"Refund","content":"Charged twice",
                 "channel":"EMAIL","status":"UNASSIGNED","customer":{"email":"kim@example.com","name":"Kim"},
                 "createdBy":"bob","createdAt":"2026-11-27T00:00:00Z"}""".formatted(ticket, service, service);
        return TestEvents.cloudEvent(eventId, "/switchboard/ticket-service", "TicketCreated", ticket.toString(), data);
    }

    JsonNode awaitDecision(UUID ticket) {
        await().until(() -> !published(ticket).isEmpty());
        return published(ticket).get(0).path("data");
    }

    List<JsonNode> published(UUID ticket) {
        return connector.sink("outbox").received().stream()
                .map(m -> (String) m.getPayload())
                .filter(p -> p.contains(ticket.toString()))
                .map(EventContract::assertValid)
                .toList();
    }

    String lastRoundRobinAssignee() {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select last_assignee from group_routing_state where group_id = 'a0000000-0000-4000-8000-000000000001'")
                .getSingleResult());
    }
}
