package io.switchboard.routing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.routing.Fixtures;
import io.switchboard.routing.application.Router;
import io.switchboard.routing.domain.TicketFacts;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** From ticket-service's events to published decisions, with state kept from people and ticket events. */
@QuarkusTest
@TestSecurity(user = "sam", roles = {"org-admin", "agent"}) // manages triggers as org-admin, reads decisions as ADMIN member
class RoutingFlowTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @Inject
    Router router;

    Fixtures fixtures;
    String code;
    UUID group;

    @BeforeEach
    void aServiceWithAGroup() {
        fixtures = new Fixtures(connector, entityManager);
        code = Fixtures.newServiceCode();
        group = UUID.randomUUID();
        fixtures.serviceChanged(code, "sam", "oli");
        fixtures.groupChanged(group, code, new Fixtures.Member("ann", true), new Fixtures.Member("ben", true));
    }

    String addTrigger(String json) {
        return given().contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/routing/services/" + code + "/triggers")
                .then().statusCode(201).extract().path("id");
    }

    String assign(String title, String mode, String extra) {
        return addTrigger("""
                {"title":"%s","conditions":[],"results":{"assign":{"groupId":"%s","mode":"%s"%s}}}""".formatted(title, group, mode,
                extra));
    }

    List<String> assignees(int tickets) {
        List<String> picks = new ArrayList<>();
        for (int i = 0; i < tickets; i++) {
            UUID ticket = fixtures.ticketCreated(code, "Ticket " + i);
            picks.add(fixtures.awaitDecision(ticket).path("assignee").asText(null));
        }
        return picks;
    }

    @Test
    void membershipEventsDecideWhoIsEligible() {
        assign("Everyone", "ROUND_ROBIN", "");
        assertEquals(List.of("ann", "ben", "ann"), assignees(3));
        fixtures.groupChanged(group, code, new Fixtures.Member("ann", false), new Fixtures.Member("ben", true));
        assertEquals(List.of("ben", "ben"), assignees(2));
        fixtures.groupChanged(group, code, new Fixtures.Member("ann", false), new Fixtures.Member("ben", false));
        UUID ticket = fixtures.ticketCreated(code, "Nobody home");
        JsonNode decision = fixtures.awaitDecision(ticket);
        assertEquals("UNASSIGNED", decision.path("outcome").asText());
        assertEquals("left unassigned by trigger 'Everyone' (v1) — no member of the group has ticket assignment on",
                decision.path("summary").asText());
        given().when().get("/api/v1/routing/decisions/" + ticket).then().statusCode(200)
                .body("[0].explanation.candidates.reason", contains("ticket assignment off", "ticket assignment off"));
    }

    @Test
    void theRoundRobinPositionLivesInTheDatabase() {
        assign("Everyone", "ROUND_ROBIN", "");
        assertEquals(List.of("ann"), assignees(1));
        // what a restarted (or the other) instance sees: only the stored position
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update group_routing_state set last_assignee = 'ben' where group_id = :g")
                .setParameter("g", group).executeUpdate());
        assertEquals(List.of("ann", "ben"), assignees(2));
        assertEquals("ben", fixtures.query("select last_assignee from group_routing_state where group_id = '"
                + group + "'"));
    }

    /**
     * Two instances share nothing but the database: two threads routing 40 tickets of one group at once must
     * still alternate, because each pick holds the group's row lock until its transaction commits.
     */
    @Test
    void concurrentRoutersKeepTheRoundRobinFair() throws Exception {
        assign("Everyone", "ROUND_ROBIN", "");
        java.util.concurrent.ExecutorService instances = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Callable<String>> routings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            TicketFacts facts = new TicketFacts(UUID.randomUUID(), code + "-" + i, code, "Parallel " + i, "c", "API",
                    "UNASSIGNED", "NORMAL", "ko", List.of(), null, List.of(), java.util.Map.of(), null, null, null,
                    java.time.Instant.now());
            routings.add(() -> QuarkusTransaction.requiringNew().call(() -> router.ticketCreated(facts).assignee()));
        }
        List<String> picks = new ArrayList<>();
        try {
            for (var pick : instances.invokeAll(routings)) {
                picks.add(pick.get());
            }
        } finally {
            instances.shutdown();
        }
        // serialised picks alternate strictly, so a lost update would show as an uneven split
        assertEquals(20, picks.stream().filter("ann"::equals).count(), picks.toString());
        assertEquals(20, picks.stream().filter("ben"::equals).count(), picks.toString());
    }

    @Test
    void leastLoadedCountsOpenTicketsFromEventsAndItsOwnDecisionsUpToTheCap() {
        assign("Balanced", "LEAST_LOADED", ",\"maxOpenTickets\":2");
        UUID annsTicket = UUID.randomUUID();
        fixtures.ticketAssigned(annsTicket, code, group, "ann");
        fixtures.drain();
        // ann 1, ben 0 → ben; 1:1 → ann (join order); ann 2, ben 1 → ben; both at the cap
        assertEquals(java.util.Arrays.asList("ben", "ann", "ben", null), assignees(4));
        fixtures.ticketStatusChanged(annsTicket, code, "IN_PROGRESS", "RESOLVED");
        fixtures.drain();
        UUID next = fixtures.ticketCreated(code, "After a resolve");
        JsonNode decision = fixtures.awaitDecision(next);
        assertEquals("ann", decision.path("assignee").asText());
        assertEquals("least-loaded among 1 (1 open)", decision.path("reason").asText());
        given().when().get("/api/v1/routing/decisions/" + next).then().statusCode(200)
                .body("[0].explanation.candidates.openTickets", contains(1, 2))
                .body("[0].explanation.candidates[1].reason", equalTo("at the cap (2 of 2 open)"));
    }

    @Test
    void theLastAssigningTriggerWinsAndEveryMatchContributesChangesAndDeliveries() {
        UUID other = UUID.randomUUID();
        fixtures.groupChanged(other, code, new Fixtures.Member("cho", true));
        addTrigger("""
                {"title":"First","conditions":[],"results":{"assign":{"groupId":"%s","mode":"RANDOM"},"setPriority":"HIGH",
                 "addTags":["first"],"callback":{"url":"https://hooks.example.com/cs"}}}""".formatted(group));
        addTrigger("""
                {"title":"Second","conditions":[{"required":true,"target":"TITLE","operator":"CONTAINS","value":"refund"}],
                 "results":{"assign":{"groupId":"%s","mode":"OPERATOR","operator":"cho"},"addTags":["refund"],
                  "notify":[{"recipient":"ASSIGNEE","messages":{
                    "ko":{"subject":"[{{ticket.number}}] {{ticket.title}}","body":"{{operator.name}}님 확인 부탁드립니다"},
                    "ja":{"subject":"[{{ticket.number}}] 新着","body":"{{operator.name}}さん"}}}],
                  "forward":{"to":"partner@example.org","complete":true}}}""".formatted(other));
        UUID ticket = fixtures.ticketCreated(code, "Refund please");
        JsonNode decision = fixtures.awaitDecision(ticket);
        assertEquals("cho", decision.path("assignee").asText());
        assertEquals(other.toString(), decision.path("groupId").asText());
        assertEquals("Second", decision.path("trigger").path("name").asText());
        assertEquals("CREATED", decision.path("evaluation").asText());
        assertEquals("assigned to CHO by trigger 'Second' (v1) — named operator; also matched 'First' (v1)",
                decision.path("summary").asText());
        assertEquals("HIGH", decision.path("changes").path("priority").asText());
        assertEquals("[\"first\",\"refund\"]", decision.path("changes").path("addTags").toString());
        assertEquals(true, decision.path("changes").path("complete").asBoolean());
        JsonNode deliveries = decision.path("deliveries");
        assertEquals(3, deliveries.size());
        assertEquals("CALLBACK", deliveries.get(0).path("kind").asText());
        assertEquals("MAIL", deliveries.get(1).path("kind").asText());
        assertEquals("[\"cho@example.com\"]", deliveries.get(1).path("mail").path("to").toString());
        assertEquals("[" + code + "-1] Refund please", deliveries.get(1).path("mail").path("subject").asText());
        assertEquals("CHO님 확인 부탁드립니다", deliveries.get(1).path("mail").path("body").asText());
        assertEquals("FORWARD", deliveries.get(2).path("kind").asText());
        assertEquals("Charged twice", deliveries.get(2).path("mail").path("body").asText());
    }

    @Test
    void onUpdateTriggersRunOnlyForChangesNotMadeByATrigger() {
        addTrigger("""
                {"title":"Urgent to ann","runOnUpdate":true,
                 "conditions":[{"required":true,"target":"PRIORITY","operator":"EQUALS","value":"URGENT"}],
                 "results":{"assign":{"groupId":"%s","mode":"OPERATOR","operator":"ann"},"addTags":["escalated"]}}"""
                .formatted(group));
        UUID ticket = fixtures.ticketCreated(code, "Slow");
        assertEquals("UNASSIGNED", fixtures.awaitDecision(ticket).path("outcome").asText());
        fixtures.ticketUpdated(ticket, code, "URGENT", "TRIGGER");
        fixtures.drain();
        assertEquals(1, fixtures.published(ticket).size(), "a trigger's own change never re-triggers");
        fixtures.ticketUpdated(ticket, code, "URGENT", "OPERATOR");
        List<JsonNode> decisions = fixtures.awaitDecisions(ticket, 2);
        assertEquals("UPDATED", decisions.get(1).path("evaluation").asText());
        assertEquals("ann", decisions.get(1).path("assignee").asText());
        fixtures.ticketUpdated(ticket, code, "LOW", "OPERATOR");
        decisions = fixtures.awaitDecisions(ticket, 3);
        assertEquals("UNCHANGED", decisions.get(2).path("outcome").asText());
        assertEquals("on update: assignment unchanged — no trigger matched", decisions.get(2).path("summary").asText());
        given().when().get("/api/v1/routing/decisions/" + ticket).then().statusCode(200)
                .body("evaluation", contains("CREATED", "UPDATED", "UPDATED"))
                .body("[1].trigger.version", equalTo(1));
    }

    @Test
    void aRedeliveredTicketCreatedIsRoutedOnce() {
        assign("Everyone", "ROUND_ROBIN", "");
        UUID event = UUID.randomUUID();
        UUID ticket = UUID.randomUUID();
        fixtures.ticketCreated(event, ticket, code, "Twice");
        fixtures.ticketCreated(event, ticket, code, "Twice");
        fixtures.awaitDecision(ticket);
        fixtures.drain();
        assertEquals(1, fixtures.published(ticket).size());
        given().when().get("/api/v1/routing/decisions/" + ticket).then().statusCode(200).body("$", hasSize(1));
        assertEquals("1", fixtures.query("select count(*) from ticket_copy where ticket_id = '" + ticket + "'"));
    }

    @Test
    void aTicketWhoseCreatorChoseItsGroupIsNotRouted() {
        assign("Everyone", "ROUND_ROBIN", "");
        UUID placed = fixtures.ticketPlacedByOperator(code, group);
        fixtures.drain();
        assertEquals(0, fixtures.published(placed).size());
        given().when().get("/api/v1/routing/decisions/" + placed).then().statusCode(404);
        assertEquals(group.toString(), fixtures.query("select group_id from ticket_copy where ticket_id = '" + placed + "'"));
    }

    @Test
    @TestSecurity(user = "oli", roles = "agent")
    void membersOfTheServiceReadItsDecisions() {
        UUID ticket = fixtures.ticketCreated(code, "Mine");
        fixtures.awaitDecision(ticket);
        given().when().get("/api/v1/routing/decisions/" + ticket).then().statusCode(200).body("$", hasSize(1));
    }

    @Test
    @TestSecurity(user = "root", roles = {"org-admin", "agent"})
    void anOrgAdminWhoIsNotAMemberDoesNotReadTheServicesDecisions() {
        UUID ticket = fixtures.ticketCreated(code, "Not an org-admin's business");
        fixtures.awaitDecision(ticket);
        given().when().get("/api/v1/routing/decisions/" + ticket).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void othersGetNotFoundForDecisionsOfAServiceTheyAreNotIn() {
        UUID ticket = fixtures.ticketCreated(code, "Not yours");
        fixtures.awaitDecision(ticket);
        given().when().get("/api/v1/routing/decisions/" + ticket).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
