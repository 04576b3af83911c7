package io.switchboard.ticket.ticket.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.platform.testing.AdjustableClock;
import io.switchboard.ticket.ticket.application.TicketService;
import io.switchboard.ticket.ticket.domain.TicketAction;
import io.switchboard.ticket.ticket.domain.TicketStatus;
import io.switchboard.ticket.ticket.application.RoutingDecision;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every status × every action through the REST API, each done by someone entitled to it: the
 * allowed ones succeed, the others are 409 naming the current status. This table is the diagram.
 */
@QuarkusTest
class TicketActionMatrixTest {

    static final List<String> STATUSES = List.of("UNASSIGNED", "IN_PROGRESS", "ON_HOLD", "RESOLVED", "COMPLETED",
            "INTERNALLY_RESOLVED", "ESCALATED", "ESCALATION_ANSWERED", "DOORAY_ESCALATED", "DOORAY_IN_PROGRESS",
            "DOORAY_ANSWERED");

    static final Set<String> WORKABLE = Set.of("IN_PROGRESS", "ON_HOLD", "ESCALATION_ANSWERED", "DOORAY_ANSWERED");

    /** action → the statuses it is allowed in. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("keep", Set.of("UNASSIGNED")),
            Map.entry("assign", Set.of("UNASSIGNED", "IN_PROGRESS", "ON_HOLD")),
            Map.entry("forward", Set.of("IN_PROGRESS", "ON_HOLD")),
            Map.entry("comment", Set.copyOf(STATUSES)),
            Map.entry("hold", WORKABLE),
            Map.entry("resolve", WORKABLE),
            Map.entry("internal-resolution", union(WORKABLE, Set.of("UNASSIGNED"))),
            Map.entry("restore", Set.of("INTERNALLY_RESOLVED")),
            Map.entry("delete", Set.of("INTERNALLY_RESOLVED")),
            Map.entry("complete", Set.of("RESOLVED")),
            Map.entry("re-inquiry", Set.copyOf(STATUSES)));

    /**
     * action → who does it and with which body: someone entitled to it in every status (an unassigned ticket has
     * no assignee, so replies and restore are the admin's); who else may is {@code TicketAccessTest}'s business.
     */
    record Actor(String user, String role, String body) {
    }

    static final String SUPPORT = "a0000000-0000-4000-8000-000000000001";
    static final Map<String, Actor> ACTORS = Map.ofEntries(
            Map.entry("keep", new Actor("carol", "agent", "{}")),
            Map.entry("assign", new Actor("alice", "agent", "{\"groupId\":\"" + SUPPORT + "\",\"assignee\":\"carol\"}")),
            Map.entry("forward", new Actor("alice", "agent", "{\"groupId\":\"" + SUPPORT + "\",\"assignee\":\"carol\"}")),
            Map.entry("comment", new Actor("bob", "agent", "{\"body\":\"note\"}")),
            Map.entry("hold", new Actor("alice", "agent", "{\"body\":\"interim\"}")),
            Map.entry("resolve", new Actor("alice", "agent", "{\"body\":\"final\"}")),
            Map.entry("internal-resolution", new Actor("bob", "agent", "{\"reason\":\"SPAM\"}")),
            Map.entry("restore", new Actor("alice", "agent", null)),
            Map.entry("delete", new Actor("alice", "agent", null)),
            Map.entry("complete", new Actor("alice", "agent", null)),
            Map.entry("re-inquiry", new Actor("demo-integration", "integration", "{\"body\":\"again\"}")));

    @Inject
    EntityManager entityManager;

    static Stream<Arguments> everyStatusAndAction() {
        return STATUSES.stream().flatMap(s -> ALLOWED.keySet().stream().sorted().map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("everyStatusAndAction")
    void anActionWorksExactlyInItsStatuses(String status, String action) {
        String id = ticketIn(status);
        Actor actor = ACTORS.get(action);
        var response = Identities.as(actor.user(), actor.role(), () -> {
            var request = given().contentType(ContentType.JSON);
            if (actor.body() != null) {
                request = request.body(actor.body());
            }
            return request.when().post("/api/v1/tickets/" + id + "/" + action);
        });
        if (!ALLOWED.get(action).contains(status)) {
            response.then().statusCode(409).contentType("application/problem+json")
                    .body("currentStatus", equalTo(status)).body("allowedActions", not(hasItem(action)));
            return;
        }
        int expected = action.equals("delete") ? 204 : action.equals("re-inquiry") && status.equals("COMPLETED") ? 201 : 200;
        response.then().statusCode(expected);
    }

    /** The callback reservation: while the ticket is open (its own resource, PUT …/callback; CallbackReservationTest). */
    static final Set<String> CALLBACK = Set.of("UNASSIGNED", "IN_PROGRESS", "ON_HOLD", "RESOLVED", "ESCALATED",
            "ESCALATION_ANSWERED", "DOORAY_ESCALATED", "DOORAY_IN_PROGRESS", "DOORAY_ANSWERED");

    /** A reservation a day ahead of the service's clock, on a number: what an entitled caller may send. */
    static String callbackBody() {
        return "{\"at\": \"" + Arc.container().instance(AdjustableClock.class).get().instant().plus(Duration.ofDays(1))
                + "\", \"phone\": \"010-1234-5678\"}";
    }

    @ParameterizedTest(name = "callback on {0}")
    @MethodSource("statuses")
    void aCallbackCanBeReservedExactlyWhileTheTicketIsOpen(String status) {
        String id = ticketIn(status);
        var response = Identities.as("alice", "agent", () -> given().contentType(ContentType.JSON).body(callbackBody())
                .when().put("/api/v1/tickets/" + id + "/callback"));
        if (!CALLBACK.contains(status)) {
            response.then().statusCode(409).contentType("application/problem+json")
                    .body("currentStatus", equalTo(status)).body("allowedActions", not(hasItem("callback")));
            return;
        }
        response.then().statusCode(200).body("callback.phone", equalTo("010-1234-5678"))
                .body("allowedActions", hasItem("callback"));
    }

    /**
     * Escalations (requested at escalation-service, carried out here; EscalationTransferTest, DoorayTaskTest): each
     * offered exactly in its statuses.
     */
    static final Map<String, Set<String>> ESCALATIONS = Map.of(
            "escalate", Set.of("IN_PROGRESS", "ON_HOLD", "ESCALATION_ANSWERED"),
            "dooray-escalate", Set.of("IN_PROGRESS", "ON_HOLD", "DOORAY_ANSWERED"));

    @ParameterizedTest(name = "escalations on {0}")
    @MethodSource("statuses")
    void escalationIsOfferedExactlyInItsStatuses(String status) {
        String id = ticketIn(status);
        var ticket = Identities.as("alice", "agent", () -> given().when().get("/api/v1/tickets/" + id)).then()
                .statusCode(200);
        ESCALATIONS.forEach((action, statuses) -> ticket.body("allowedActions",
                statuses.contains(status) ? hasItem(action) : not(hasItem(action))));
    }

    static Stream<String> statuses() {
        return STATUSES.stream();
    }

    /** System actions, done by ticket-service itself → the statuses they are allowed in. */
    static final Map<String, Set<String>> SYSTEM = Map.of(
            "complete-after-forward", Set.of("UNASSIGNED", "IN_PROGRESS", "ON_HOLD"),
            // the issue ticket's answer reaches its inquiry unless that was completed (EscalationTransferTest)
            "escalation-answer", STATUSES.stream().filter(s -> !s.equals("COMPLETED")).collect(Collectors.toSet()),
            // the Dooray task's workflow moves its ticket while that is Dooray-escalated (DoorayTaskTest)
            "dooray-task-change", Set.of("DOORAY_ESCALATED", "DOORAY_IN_PROGRESS", "DOORAY_ANSWERED"));

    @Test
    void systemActionsAreAllowedExactlyInTheirStatuses() {
        SYSTEM.forEach((path, statuses) -> {
            TicketAction action = Arrays.stream(TicketAction.values()).filter(a -> a.path().equals(path)).findFirst()
                    .orElseThrow();
            assertEquals(statuses, STATUSES.stream().filter(s -> action.allowedIn(TicketStatus.valueOf(s)))
                    .collect(Collectors.toSet()), path);
        });
    }

    /**
     * Actions with resources of their own (tested in TicketAttributesTest, SubTicketTest, TicketApiTest and, for
     * masks and unmask, MessageMaskingTest).
     */
    static final Set<String> OWN_RESOURCES = Set.of("attributes", "sub-tickets", "links", "masks", "unmask");

    @Test
    void theMatrixCoversEveryAction() {
        assertEquals(
                Arrays.stream(TicketAction.values())
                        .map(TicketAction::path).collect(Collectors.toSet()),
                union(union(union(ALLOWED.keySet(), SYSTEM.keySet()), OWN_RESOURCES),
                        union(Set.of("callback"), ESCALATIONS.keySet())));
    }

    @Inject
    TicketService tickets;

    /** complete-after-forward comes with a routing decision whose forward asked to complete the ticket. */
    @ParameterizedTest(name = "complete-after-forward on {0}")
    @ValueSource(strings = {"UNASSIGNED", "IN_PROGRESS", "ON_HOLD", "RESOLVED",
            "COMPLETED", "INTERNALLY_RESOLVED", "ESCALATED", "ESCALATION_ANSWERED", "DOORAY_ESCALATED",
            "DOORAY_IN_PROGRESS", "DOORAY_ANSWERED"})
    void completeAfterForwardWorksExactlyInItsStatuses(String status) {
        String id = ticketIn(status);
        QuarkusTransaction.requiringNew().run(() -> tickets.applyRoutingDecision(
                new RoutingDecision(UUID.fromString(id), UUID.randomUUID(),
                        "UNCHANGED", null, null, null, "forwarded", "UPDATED", null,
                        new RoutingDecision.Changes(null, null, null, true))));
        String now = Identities.as("alice", "agent", () -> given().when().get("/api/v1/tickets/" + id)
                .then().statusCode(200).extract().path("status"));
        assertEquals(
                SYSTEM.get("complete-after-forward").contains(status) ? "COMPLETED" : status, now);
    }

    /** A ticket in the given status: assigned to bob in Support unless unassigned; spam when internally resolved. */
    String ticketIn(String status) {
        return ticketIn(entityManager, status);
    }

    static String ticketIn(EntityManager entityManager, String status) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UUID id = UUID.randomUUID();
            boolean unassigned = status.equals("UNASSIGNED");
            // matrix tickets get numbers far above the ones the API hands out
            entityManager.createNativeQuery("create sequence if not exists matrix_number start 900000").executeUpdate();
            entityManager.createNativeQuery("""
                            insert into ticket (id, workspace_code, number, title, content, channel, status, customer_email,
                                                group_id, assignee, created_by, created_at, updated_at,
                                                internal_resolution, status_before_internal_resolution)
                            values (:id, 'CS', nextval('matrix_number'), 'Matrix', 'c', 'EMAIL', :status, 'm@example.com',
                                    cast(:grp as uuid), :assignee, 'bob', now(), now(), :reason, :before)""")
                    .setParameter("id", id).setParameter("status", status)
                    .setParameter("grp", unassigned ? null : SUPPORT)
                    .setParameter("assignee", unassigned ? null : "bob")
                    .setParameter("reason", status.equals("INTERNALLY_RESOLVED") ? "SPAM" : null)
                    .setParameter("before", status.equals("INTERNALLY_RESOLVED") ? "IN_PROGRESS" : null)
                    .executeUpdate();
            return id.toString();
        });
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
