package io.switchboard.escalation.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.security.TestIdentityAssociation;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "bob", roles = "agent")
public class TicketSnapshotTest {

    private static final String SUPPORT = "a0000000-0000-4000-8000-000000000001";
    private static final Instant CREATED = Instant.parse("2026-11-27T00:00:00Z");
    private static final Instant ASSIGNED = Instant.parse("2026-11-27T00:00:01Z");

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    /** CS as ticket-service describes it: bob and carol work in it; dave (DEV) and org-admins do not. */
    @BeforeEach
    void csHasItsMembers() {
        serviceChanged(Map.of("alice", "ADMIN", "bob", "OPERATOR", "carol", "OPERATOR"));
    }

    @Test
    void aCreatedTicketGetsASnapshot() {
        UUID ticket = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        send(created(event, ticket));

        awaitSnapshot(ticket, "UNASSIGNED");
        given().when().get("/api/v1/escalations/tickets/" + ticket).then().statusCode(200)
                .body("number", equalTo("CS-1")).body("serviceCode", equalTo("CS")).body("title", equalTo("Refund"))
                .body("assignee", nullValue()).body("groupId", nullValue())
                .body("updatedAt", equalTo(CREATED.toString())).body("lastEventId", equalTo(event.toString()));
    }

    @Test
    void anAssignmentUpdatesTheSnapshot() {
        UUID ticket = UUID.randomUUID();
        UUID assignedEvent = UUID.randomUUID();
        send(created(UUID.randomUUID(), ticket));
        send(assigned(assignedEvent, ticket));

        awaitSnapshot(ticket, "IN_PROGRESS");
        given().when().get("/api/v1/escalations/tickets/" + ticket).then().statusCode(200)
                .body("assignee", equalTo("bob")).body("groupId", equalTo(SUPPORT))
                .body("updatedAt", equalTo(ASSIGNED.toString())).body("lastEventId", equalTo(assignedEvent.toString()));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID ticket = UUID.randomUUID();
        UUID assignedEvent = UUID.randomUUID();
        send(created(UUID.randomUUID(), ticket));
        send(assigned(assignedEvent, ticket));
        send(assigned(assignedEvent, ticket));
        UUID marker = UUID.randomUUID();
        send(created(UUID.randomUUID(), marker));
        awaitSnapshot(marker, "UNASSIGNED"); // everything sent before the marker has been consumed

        assertEquals(1, processed(assignedEvent));
        given().when().get("/api/v1/escalations/tickets/" + ticket).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("lastEventId", equalTo(assignedEvent.toString()));
    }

    @Test
    void anOlderEventDeliveredLateDoesNotOverwriteNewerState() {
        UUID ticket = UUID.randomUUID();
        UUID assignedEvent = UUID.randomUUID();
        UUID createdEvent = UUID.randomUUID();
        send(assigned(assignedEvent, ticket));
        send(created(createdEvent, ticket));
        UUID marker = UUID.randomUUID();
        send(created(UUID.randomUUID(), marker));
        awaitSnapshot(marker, "UNASSIGNED");

        assertEquals(1, processed(createdEvent), "the late event was consumed");
        given().when().get("/api/v1/escalations/tickets/" + ticket).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("assignee", equalTo("bob"))
                .body("lastEventId", equalTo(assignedEvent.toString()));
    }

    @Test
    void malformedRecordsAreSkippedAndTheNextIsApplied() {
        UUID broken = UUID.randomUUID();
        connector.source("ticket-events").send(List.of("this is not json"));
        connector.source("ticket-events").send(List.of(event(UUID.randomUUID(), "TicketCreated", broken, CREATED,
                "{\"ticketId\":\"" + broken + "\",\"number\":7}")));
        UUID ticket = UUID.randomUUID();
        send(created(UUID.randomUUID(), ticket));

        awaitSnapshot(ticket, "UNASSIGNED");
        given().when().get("/api/v1/escalations/tickets/" + broken).then().statusCode(404);
    }

    @Test
    void onlyMembersOfTheTicketsServiceReadIt() {
        UUID ticket = UUID.randomUUID();
        send(created(UUID.randomUUID(), ticket));
        awaitSnapshot(ticket, "UNASSIGNED");
        asUser("dave", "agent", () -> given().when().get("/api/v1/escalations/tickets/" + ticket).then()
                .statusCode(404).contentType("application/problem+json"));
        asUser("root", "org-admin", () -> given().when().get("/api/v1/escalations/tickets/" + ticket).then()
                .statusCode(403));
        asUser("root", "agent", () -> given().when().get("/api/v1/escalations/tickets/" + ticket).then()
                .statusCode(404));
        asUser("carol", "agent", () -> given().when().get("/api/v1/escalations/tickets/" + ticket).then()
                .statusCode(200));
        // carol leaves CS: from then on she learns nothing of its tickets
        serviceChanged(Map.of("alice", "ADMIN", "bob", "OPERATOR"));
        asUser("carol", "agent", () -> given().when().get("/api/v1/escalations/tickets/" + ticket).then()
                .statusCode(404));
    }

    @Test
    void anUnknownTicketIsNotFound() {
        given().when().get("/api/v1/escalations/tickets/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    @TestSecurity
    void ticketsNeedAToken() {
        given().when().get("/api/v1/escalations/tickets/" + UUID.randomUUID()).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "machine", roles = "integration")
    void ticketsAreForOperators() {
        given().when().get("/api/v1/escalations/tickets/" + UUID.randomUUID()).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity
    void theServiceIsReadyWithItsDatabaseAndChannels() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
    }

    // --- helpers

    void serviceChanged(Map<String, String> members) {
        connector.source("people-events").send(TestEvents.serviceChanged("CS", members, List.of()));
        await().until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from service_member where service_code = 'CS'").getSingleResult()).intValue()
                == members.size()));
    }

    public static void asUser(String user, String role, Runnable action) {
        TestIdentityAssociation association = Arc.container().instance(TestIdentityAssociation.class).get();
        SecurityIdentity previous = association.getTestIdentity();
        association.setTestIdentity(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user)).addRole(role).build());
        try {
            action.run();
        } finally {
            association.setTestIdentity(previous);
        }
    }

    void send(String record) {
        EventContract.assertValid(record);
        connector.source("ticket-events").send(List.of(record));
    }

    static String created(UUID eventId, UUID ticket) {
        return event(eventId, "TicketCreated", ticket, CREATED, """
                {"ticketId":"%s","number":"CS-1","serviceCode":"CS","title":"Refund","content":"Charged twice",
                 "channel":"EMAIL","status":"UNASSIGNED","customer":{"email":"kim@example.com","name":"Kim"},
                 "createdBy":"bob","createdAt":"%s"}""".formatted(ticket, CREATED));
    }

    static String assigned(UUID eventId, UUID ticket) {
        return event(eventId, "TicketAssigned", ticket, ASSIGNED, """
                {"ticketId":"%s","number":"CS-1","serviceCode":"CS","title":"Refund","status":"IN_PROGRESS",
                 "group":{"id":"%s","name":"Support"},
                 "assignee":{"username":"bob","displayName":"Bob Lee","email":"bob@example.com"},
                 "assignedBy":{"kind":"TRIGGER","name":"CS inquiries to Support","reason":"round-robin among 2"},
                 "assignedAt":"%s"}""".formatted(ticket, SUPPORT, ASSIGNED));
    }

    /** A CloudEvent as ticket-service publishes it, at a given time (TestEvents always uses now). */
    public static String event(UUID id, String type, UUID ticket, Instant time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/switchboard/ticket-service","type":"%s","time":"%s",\
                "subject":"%s","datacontenttype":"application/json","data":%s}""".formatted(id, type, time, ticket, data);
    }

    void awaitSnapshot(UUID ticket, String status) {
        await().until(() -> status.equals(given().when().get("/api/v1/escalations/tickets/" + ticket)
                .then().extract().path("status")));
    }

    long processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from processed_event where event_id = :id and consumer = 'escalation-service'")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }
}
