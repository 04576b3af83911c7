package io.switchboard.ticket.ticket.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.Db.count;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.AdjustableClock;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Callback reservations (약속콜): reserve, move, done and cancel as history lines with new versions, who may, what is
 * a bad request, and how closing a ticket ends its reservation. My status and /me/callbacks are in
 * {@code MyCallbacksTest}.
 */
@QuarkusTest
@TestSecurity(user = "bob", roles = "agent")
class CallbackReservationTest {

    @Inject
    AdjustableClock clock;

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void reserveMoveAndFinishAreHistoryLinesEachWithANewVersion() {
        String id = TicketLifecycleTest.keptByBob();
        Instant at = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        String seoul = at.atOffset(ZoneOffset.ofHours(9)).toString();
        long before = version(id);

        Response reserved = reserve(id, null, "{\"at\": \"" + seoul + "\", \"phone\": \"010-1234-5678\", "
                + "\"note\": \"환불 확인 후 전화\"}");
        reserved.then().statusCode(200).header("ETag", "\"" + (before + 1) + "\"")
                .body("callback.at", equalTo(at.toString())).body("callback.phone", equalTo("010-1234-5678"))
                .body("callback.note", equalTo("환불 확인 후 전화")).body("callback.reservedBy", equalTo("bob"))
                .body("callback.due", equalTo(false)).body("allowedActions", hasItem("callback"));
        JsonPath line = lastEvent(id);
        assertEquals("CALLBACK_RESERVED", line.getString("type"));
        assertEquals("Callback reserved by bob for " + at + " on 010-1234-5678", line.getString("summary"));
        assertEquals(Map.of("at", at.toString(), "phone", "010-1234-5678", "note", "환불 확인 후 전화", "reservedBy", "bob"),
                line.getMap("details"));

        // the same reservation again changes nothing
        reserve(id, null, "{\"at\": \"" + at + "\", \"phone\": \"010-1234-5678\", \"note\": \"환불 확인 후 전화\"}")
                .then().statusCode(200).body("version", equalTo((int) before + 1));
        assertEquals(1, events(id, "CALLBACK_RESERVED"));

        Instant later = at.plus(Duration.ofHours(2));
        reserve(id, before + 1, "{\"at\": \"" + later + "\", \"phone\": \"010-1234-5678\"}").then().statusCode(200)
                .body("version", equalTo((int) before + 2)).body("callback.at", equalTo(later.toString()))
                .body("callback.note", nullValue());
        JsonPath moved = lastEvent(id);
        assertEquals("Callback moved by bob for " + later + " on 010-1234-5678", moved.getString("summary"));
        assertEquals(Map.of("before", at.toString(), "after", later.toString()), moved.getMap("changes.'callback.at'"));
        assertEquals("환불 확인 후 전화", moved.getString("changes.'callback.note'.before"));
        assertNull(moved.getString("changes.'callback.note'.after"));

        reserve(id, before + 1, "{\"at\": \"" + at + "\"}").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("has changed"));

        done(id, before + 2, "{\"note\": \"통화 완료, 환불 안내\"}").then().statusCode(200)
                .body("version", equalTo((int) before + 3)).body("callback", nullValue());
        JsonPath finished = lastEvent(id);
        assertEquals("CALLBACK_DONE", finished.getString("type"));
        assertEquals("Callback done by bob (reserved for " + later + " on 010-1234-5678)", finished.getString("summary"));
        assertEquals("통화 완료, 환불 안내", finished.getString("details.doneNote"));

        done(id, null, null).then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Ticket " + TicketLifecycleTest.number(id) + " has no open callback reservation."));
        cancel(id, null).then().statusCode(409).contentType("application/problem+json");

        reserve(id, null, "{\"at\": \"" + at + "\", \"phone\": \"+81 90 1234 5678\"}").then().statusCode(200);
        cancel(id, version(id)).then().statusCode(200).body("callback", nullValue());
        JsonPath cancelled = lastEvent(id);
        assertEquals("CALLBACK_CANCELLED", cancelled.getString("type"));
        assertEquals("Callback for " + at + " cancelled by bob", cancelled.getString("summary"));
        assertEquals("CANCELLED", cancelled.getString("details.reason"));
        assertEquals("IN_PROGRESS", TicketLifecycleTest.status(id));
    }

    @Test
    void theTimeComesAndTheReservationIsDue() {
        String id = TicketLifecycleTest.keptByBob();
        reserve(id, null, "{\"at\": \"" + clock.instant().plus(Duration.ofMinutes(30)) + "\", \"phone\": \"0312345678\"}")
                .then().statusCode(200).body("callback.due", equalTo(false));
        clock.advance(Duration.ofMinutes(31));
        given().get("/api/v1/tickets/" + id).then().body("callback.due", equalTo(true));
        given().get("/api/v1/tickets?view=my-in-progress&limit=200").then()
                .body("items.find { it.id == '" + id + "' }.callback.due", equalTo(true));
    }

    @Test
    void thePhoneIsTheCustomersUnlessGivenAndOneIsNeeded() {
        String withPhone = Identities.as("bob", "agent", () -> {
            String id = given().contentType(ContentType.JSON).body("""
                    {"title": "Call me", "content": "Please call.", "customer": {"email": "lee@example.com",
                     "name": "Lee", "phone": "+82 10-9876-5432"}}""").post("/api/v1/services/CS/tickets")
                    .then().statusCode(201).extract().path("id");
            TicketLifecycleTest.act(id, "keep", null).then().statusCode(200);
            return id;
        });
        reserve(withPhone, null, "{\"at\": \"" + inAnHour() + "\"}").then().statusCode(200)
                .body("callback.phone", equalTo("+82 10-9876-5432"));
        reserve(withPhone, null, "{\"at\": \"" + inAnHour() + "\", \"phone\": \"(02) 123-4567\"}").then()
                .statusCode(200).body("callback.phone", equalTo("(02) 123-4567"));

        String without = TicketLifecycleTest.keptByBob();
        reserve(without, null, "{\"at\": \"" + inAnHour() + "\"}").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("phone"))
                .body("errors[0].message", containsString("the customer has no phone number"));
        assertEquals(0, events(without, "CALLBACK_RESERVED"));
    }

    @Test
    void everyBadRequestIsA400NamingTheMemberAndWritesNothing() {
        String id = TicketLifecycleTest.keptByBob();
        long version = version(id);
        String at = "\"at\": \"" + inAnHour() + "\"";
        Map<String, String> bad = Map.ofEntries(
                Map.entry("{\"phone\": \"010-1234-5678\"}", "at"),
                Map.entry("{\"at\": \"  \"}", "at"),
                Map.entry("{\"at\": \"tomorrow at ten\"}", "at"),
                Map.entry("{\"at\": \"2030-12-03T10:00:00\"}", "at"),
                Map.entry("{\"at\": 1893456000}", "at"),
                Map.entry("{\"at\": \"" + clock.instant().minus(Duration.ofMinutes(1)) + "\"}", "at"),
                Map.entry("{\"at\": \"+12026-12-03T10:00:00Z\"}", "at"),
                Map.entry("{" + at + ", \"phone\": \"call me\"}", "phone"),
                Map.entry("{" + at + ", \"phone\": \"123\"}", "phone"),
                Map.entry("{" + at + ", \"phone\": \"" + "1".repeat(31) + "\"}", "phone"),
                Map.entry("{" + at + ", \"phone\": \"\"}", "phone"),
                Map.entry("{" + at + ", \"phone\": \"0101234\", \"note\": \"" + "가".repeat(501) + "\"}", "note"),
                Map.entry("{" + at + ", \"phone\": \"0101234\", \"when\": \"soon\"}", "when"));
        bad.forEach((body, field) -> reserve(id, null, body).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field)));
        reserve(id, null, null).then().statusCode(400).contentType("application/problem+json");
        reserve(id, null, "{\"at\": ").then().statusCode(400).body("type", containsString("malformed-json"));

        reserve(id, null, "{" + at + ", \"phone\": \"0101234\"}").then().statusCode(200);
        done(id, null, "{\"note\": \"" + "x".repeat(501) + "\"}").then().statusCode(400).body("errors.field", contains("note"));
        done(id, null, "{\"outcome\": \"ok\"}").then().statusCode(400).body("errors.field", contains("outcome"));
        assertEquals(version + 1, version(id), "only the one good reservation was written");
        assertEquals(1, events(id, "CALLBACK_RESERVED"));
        assertEquals(0, events(id, "CALLBACK_DONE"));
    }

    @Test
    void theAssigneeAndAdminsMayOthersNot() {
        String id = TicketLifecycleTest.keptByBob();
        String body = "{\"at\": \"" + inAnHour() + "\", \"phone\": \"010-1234-5678\"}";
        Identities.as("alice", "agent", () -> reserve(id, null, body)).then().statusCode(200)
                .body("callback.reservedBy", equalTo("alice"));
        for (Response refused : List.of(Identities.as("carol", "agent", () -> reserve(id, null, body)),
                Identities.as("carol", "agent", () -> done(id, null, null)),
                Identities.as("carol", "agent", () -> cancel(id, null)))) {
            refused.then().statusCode(403).contentType("application/problem+json")
                    .body("detail", equalTo("Only the assignee or an admin can manage the callback reservation of ticket "
                            + TicketLifecycleTest.number(id) + "."));
        }
        Identities.as("carol", "agent", () -> given().get("/api/v1/tickets/" + id)).then()
                .body("allowedActions", not(hasItem("callback"))).body("callback.phone", equalTo("010-1234-5678"));
        Identities.as("dave", "agent", () -> reserve(id, null, body)).then().statusCode(404);
        Identities.as("dave", "agent", () -> cancel(id, null)).then().statusCode(404);
        Identities.as("demo-integration", "integration", () -> reserve(id, null, body)).then().statusCode(403);
        Identities.as("demo-integration", "integration", () -> done(id, null, null)).then().statusCode(403);
        // the customer's side does not see the operators' promise
        Identities.as("demo-integration", "integration", () -> given().get("/api/v1/tickets/" + id)).then()
                .statusCode(200).body("callback", nullValue());
        Identities.as("demo-integration", "integration", () -> given().get("/api/v1/tickets/" + id + "/events"))
                .then().body("type", not(hasItem("CALLBACK_RESERVED")));
        // a stale version does not come before the right
        Identities.as("carol", "agent", () -> reserve(id, 999L, body)).then().statusCode(403);
        cancel(id, null).then().statusCode(200);
    }

    @Test
    void completingATicketEndsItsReservation() {
        String id = TicketLifecycleTest.keptByBob();
        Instant at = inAnHour();
        reserve(id, null, "{\"at\": \"" + at + "\", \"phone\": \"010-1234-5678\"}").then().statusCode(200);
        TicketLifecycleTest.act(id, "resolve", TicketLifecycleTest.REPLY).then().statusCode(200)
                .body("callback.phone", equalTo("010-1234-5678"));
        Identities.as("alice", "agent", () -> TicketLifecycleTest.act(id, "complete", null)).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("callback", nullValue())
                .body("allowedActions", not(hasItem("callback")));
        JsonPath ended = lastEvent(id);
        assertEquals("CALLBACK_CANCELLED", ended.getString("type"));
        assertEquals("alice", ended.getString("actor"));
        assertEquals("Callback for " + at + " ended: the ticket was completed", ended.getString("summary"));
        assertEquals("TICKET_COMPLETED", ended.getString("details.reason"));
        Identities.as("alice", "agent", () -> reserve(id, null, "{\"at\": \"" + inAnHour() + "\", \"phone\": \"0101234\"}"))
                .then().statusCode(409).body("currentStatus", equalTo("COMPLETED"))
                .body("allowedActions", not(hasItem("callback")));
        assertEquals(0L, count("select count(*) from ticket where id = '" + id + "' and callback_at is not null"));
    }

    @Test
    void anInternalResolutionEndsTheReservationAndRestoringDoesNotBringItBack() {
        String id = TicketLifecycleTest.keptByBob();
        reserve(id, null, "{\"at\": \"" + inAnHour() + "\", \"phone\": \"010-1234-5678\"}").then().statusCode(200);
        TicketLifecycleTest.act(id, "internal-resolution", "{\"reason\": \"SPAM\"}").then().statusCode(200)
                .body("callback", nullValue());
        JsonPath ended = lastEvent(id);
        assertEquals("TICKET_INTERNALLY_RESOLVED", ended.getString("details.reason"));
        assertTrue(ended.getString("summary").endsWith("ended: the ticket was internally resolved"), ended.getString("summary"));
        reserve(id, null, "{\"at\": \"" + inAnHour() + "\", \"phone\": \"0101234\"}").then().statusCode(409);
        TicketLifecycleTest.act(id, "restore", null).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("callback", nullValue()).body("allowedActions", hasItem("callback"));
    }

    @Test
    void theAutomaticCompletionEndsTheReservationToo() {
        String id = TicketLifecycleTest.keptByBob();
        reserve(id, null, "{\"at\": \"" + inAnHour() + "\", \"phone\": \"010-1234-5678\"}").then().statusCode(200);
        TicketLifecycleTest.act(id, "resolve", TicketLifecycleTest.REPLY).then().statusCode(200);
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(TicketLifecycleTest.status(id)));
        JsonPath ended = lastEvent(id);
        assertEquals("system", ended.getString("actor"));
        assertEquals("TICKET_COMPLETED", ended.getString("details.reason"));
        given().get("/api/v1/tickets/" + id).then().body("callback", nullValue());
    }

    @Test
    void aCallbackIsNoEventForTheOtherServices() {
        String id = TicketLifecycleTest.keptByBob();
        int published = published(id).size();
        reserve(id, null, "{\"at\": \"" + inAnHour() + "\", \"phone\": \"010-1234-5678\"}").then().statusCode(200);
        done(id, null, null).then().statusCode(200);
        reserve(id, null, "{\"at\": \"" + inAnHour() + "\", \"phone\": \"010-1234-5678\"}").then().statusCode(200);
        cancel(id, null).then().statusCode(200);
        assertEquals(published, published(id).size(), "nothing in the outbox: no event contract carries a reservation");
    }

    // --- helpers

    private Instant inAnHour() {
        return clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    static Response reserve(String id, Long ifMatch, String body) {
        return send("PUT", "/api/v1/tickets/" + id + "/callback", ifMatch, body);
    }

    static Response done(String id, Long ifMatch, String body) {
        return send("POST", "/api/v1/tickets/" + id + "/callback/done", ifMatch, body);
    }

    static Response cancel(String id, Long ifMatch) {
        return send("DELETE", "/api/v1/tickets/" + id + "/callback", ifMatch, null);
    }

    /** A request with the expected version as If-Match and a JSON body, each when given. */
    private static Response send(String method, String path, Long ifMatch, String body) {
        var request = given();
        if (ifMatch != null) {
            request = request.header("If-Match", "\"" + ifMatch + "\"");
        }
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        } else if (!method.equals("DELETE")) {
            request = request.contentType(ContentType.JSON);
        }
        return request.when().request(method, path);
    }

    private static long version(String id) {
        return Identities.as("bob", "agent", () -> given().get("/api/v1/tickets/" + id).then().extract()
                .<Integer>path("version").longValue());
    }

    /** The ticket's newest history line. */
    private static JsonPath lastEvent(String id) {
        String events = Identities.as("bob", "agent", () -> given().get("/api/v1/tickets/" + id + "/events"))
                .then().statusCode(200).extract().asString();
        JsonPath all = JsonPath.from(events);
        return JsonPath.from(events).setRootPath("[" + (all.getList("$").size() - 1) + "]");
    }

    /** What was published about the ticket, once the relay has sent everything. */
    private List<String> published(String id) {
        await().until(() -> count("select count(*) from outbox_event where aggregate_id = '" + id + "'") == 0);
        return connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"subject\":\"" + id + "\"")).toList();
    }

    private static int events(String id, String type) {
        return Identities.as("bob", "agent", () -> given().get("/api/v1/tickets/" + id + "/events")).then()
                .extract().jsonPath().getList("findAll { it.type == '" + type + "' }").size();
    }

}
