package io.switchboard.ticket.ticket.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what to a ticket (PRODUCT.md §2–§3.3), as the console learns it from {@code allowedActions}: the
 * list is exactly what the server then lets the reader do, and a refusal of the reader's rights is 403 whatever
 * the ticket's status, before its state or version is looked at.
 */
@QuarkusTest
class TicketAccessTest {

    /** bob: assignee of the matrix tickets; carol: another operator of CS; alice: CS admin; dave: DEV only. */
    static final List<String> READERS = List.of("bob", "carol", "alice", "demo-integration");

    @Inject
    EntityManager entityManager;

    @Test
    void anInProgressTicketOffersEachReaderWhatTheirRoleAllows() {
        String id = TicketActionMatrixTest.ticketIn(entityManager, "IN_PROGRESS");
        allowed("bob", id).then().body("allowedActions", contains("forward", "comment", "hold", "resolve",
                "internal-resolution", "callback", "escalate", "dooray-escalate", "attributes", "sub-tickets", "links", "masks",
                "re-inquiry"));
        allowed("carol", id).then().body("allowedActions", contains("comment", "attributes", "links", "re-inquiry"));
        allowed("alice", id).then().body("allowedActions", contains("assign", "forward", "comment", "hold", "resolve",
                "internal-resolution", "callback", "escalate", "dooray-escalate", "attributes", "sub-tickets", "links", "masks",
                "unmask", "re-inquiry"));
        allowed("demo-integration", id).then().body("allowedActions", contains("re-inquiry"));
        Identities.as("dave", "agent", () -> given().get("/api/v1/tickets/" + id)).then().statusCode(404);
    }

    @Test
    void anUnassignedTicketMayBeTriagedByAnyOperatorButRepliedOnlyByAnAdmin() {
        String id = TicketActionMatrixTest.ticketIn(entityManager, "UNASSIGNED");
        allowed("carol", id).then().body("allowedActions", contains("keep", "comment", "internal-resolution",
                "attributes", "links", "re-inquiry"));
        allowed("alice", id).then().body("allowedActions", hasItem("assign"));
    }

    @Test
    void anOperatorWhoMayNotDeleteGets403NotTheTicketsState() {
        // delete and complete are the admin's: bob learns that, not that the ticket is IN_PROGRESS
        String id = TicketActionMatrixTest.ticketIn(entityManager, "IN_PROGRESS");
        post("bob", id, "delete", null).then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Only an admin of CS can delete tickets."));
        post("bob", id, "complete", null).then().statusCode(403);
        // a stale version does not come first either
        Identities.as("carol", "agent", () -> given().contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body("{\"body\":\"x\"}").post("/api/v1/tickets/" + id + "/hold")).then().statusCode(403)
                .body("detail", equalTo("Only the assignee or an admin can hold ticket "
                        + allowed("bob", id).path("number") + "."));
    }

    @Test
    void integrationClientsReadTheCustomersSideOfTheHistoryNotTheInternalWork() {
        String id = TicketActionMatrixTest.ticketIn(entityManager, "IN_PROGRESS");
        post("bob", id, "comment", "{\"body\":\"internal: customer is a reseller\"}").then().statusCode(200);
        post("bob", id, "hold", "{\"body\":\"We are checking.\"}").then().statusCode(200);
        post("demo-integration", id, "re-inquiry", "{\"body\":\"Any news?\"}").then().statusCode(200);
        Identities.as("bob", "agent", () -> given().get("/api/v1/tickets/" + id + "/events")).then()
                .body("type", hasItem("COMMENTED"));
        Identities.as("demo-integration", "integration", () -> given().get("/api/v1/tickets/" + id + "/events"))
                .then().statusCode(200)
                .body("type", not(hasItem("COMMENTED"))).body("type", hasItem("REPLIED"))
                .body("type", hasItem("RE_INQUIRY"))
                .body("summary", not(hasItem(org.hamcrest.Matchers.containsString("reseller"))));
    }

    static Stream<Arguments> everyReaderStatusAndAction() {
        return READERS.stream().flatMap(reader -> Stream.of("UNASSIGNED", "IN_PROGRESS", "RESOLVED",
                "INTERNALLY_RESOLVED").flatMap(status -> TicketActionMatrixTest.ACTORS.keySet().stream().sorted()
                .map(action -> Arguments.of(reader, status, action))));
    }

    @ParameterizedTest(name = "{0}: {2} on {1}")
    @MethodSource("everyReaderStatusAndAction")
    void theAllowedActionsAreExactlyWhatTheServerLetsTheReaderDo(String reader, String status, String action) {
        String id = TicketActionMatrixTest.ticketIn(entityManager, status);
        boolean offered = allowed(reader, id).then().statusCode(200).extract()
                .<List<String>>path("allowedActions").contains(action);
        Response response = post(reader, id, action, TicketActionMatrixTest.ACTORS.get(action).body());
        int code = response.statusCode();
        if (offered) {
            assertTrue(code >= 200 && code < 300, reader + " was offered " + action + " but got " + code);
        } else {
            assertTrue(code == 403 || code == 409, reader + " was not offered " + action + " but got " + code);
            response.then().contentType("application/problem+json");
            if (code == 409) {
                // refused by the status only: the reader has the right, so the action is allowed elsewhere
                response.then().body("allowedActions", not(hasItem(action)));
            }
        }
    }

    static Stream<Arguments> everyReaderAndStatus() {
        return READERS.stream().flatMap(reader -> Stream.of("UNASSIGNED", "IN_PROGRESS", "RESOLVED",
                "INTERNALLY_RESOLVED").map(status -> Arguments.of(reader, status)));
    }

    /** The callback reservation (PUT, not an action POST): offered exactly when the reader may then reserve one. */
    @ParameterizedTest(name = "{0}: callback on {1}")
    @MethodSource("everyReaderAndStatus")
    void theCallbackIsOfferedExactlyToWhoMayReserveIt(String reader, String status) {
        String id = TicketActionMatrixTest.ticketIn(entityManager, status);
        boolean offered = allowed(reader, id).then().statusCode(200).extract()
                .<List<String>>path("allowedActions").contains("callback");
        int code = Identities.as(reader, role(reader), () -> given().contentType(ContentType.JSON)
                .body(TicketActionMatrixTest.callbackBody()).put("/api/v1/tickets/" + id + "/callback")).statusCode();
        if (offered) {
            assertTrue(code == 200, reader + " was offered callback but got " + code);
        } else {
            assertTrue(code == 403 || code == 409, reader + " was not offered callback but got " + code);
        }
    }

    private static Response allowed(String reader, String id) {
        return Identities.as(reader, role(reader), () -> given().get("/api/v1/tickets/" + id));
    }

    private static Response post(String reader, String id, String action, String body) {
        return Identities.as(reader, role(reader), () -> {
            var request = given().contentType(ContentType.JSON);
            if (body != null) {
                request = request.body(body);
            }
            return request.post("/api/v1/tickets/" + id + "/" + action);
        });
    }

    private static String role(String reader) {
        return reader.startsWith("demo-") ? "integration" : "agent";
    }
}
