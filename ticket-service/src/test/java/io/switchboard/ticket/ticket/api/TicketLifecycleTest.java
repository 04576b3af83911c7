package io.switchboard.ticket.ticket.api;

import static io.switchboard.ticket.Db.count;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.ticket.Uploads;
import io.switchboard.platform.testing.AdjustableClock;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lifecycle of PRODUCT.md §3.3 through the REST API, with the roles the demo data gives. */
@QuarkusTest
class TicketLifecycleTest {

    static final String SUPPORT = "a0000000-0000-4000-8000-000000000001";
    static final String REPLY = "{\"body\": \"Thank you, we are on it.\"}";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @Inject
    AdjustableClock clock;

    @Inject
    io.switchboard.ticket.ticket.application.TicketTimers timers;

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void keepHoldReinquiryResolveCompleteAndAFollowUp() {
        String id = TicketApiTest.create("CS");
        var kept = act(id, "keep", null).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("assignee.username", equalTo("bob"))
                .body("group.name", equalTo("Support")).extract();
        assertEquals("\"" + kept.path("version") + "\"", kept.header("ETag"), "an action answers the new version as ETag");
        act(id, "hold", REPLY).then().statusCode(200).body("status", equalTo("ON_HOLD"));
        asCustomer(id, "re-inquiry", "{\"body\": \"Any news?\"}").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("assignee.username", equalTo("bob"));
        act(id, "resolve", "{\"body\": \"<p>Refunded.</p>\", \"format\": \"HTML\"}").then().statusCode(200)
                .body("status", equalTo("RESOLVED")).body("resolvedAt", org.hamcrest.Matchers.notNullValue());
        asAlice(id, "complete", null).then().statusCode(200).body("status", equalTo("COMPLETED"));

        String location = asCustomer(id, "re-inquiry", "{\"body\": \"It happened again\"}").then().statusCode(201)
                .body("status", equalTo("UNASSIGNED")).body("title", equalTo("Re: Refund for order 1234"))
                .body("content", equalTo("It happened again"))
                .extract().header("Location");
        String followUp = location.substring(location.lastIndexOf('/') + 1);
        given().when().get("/api/v1/tickets/" + id).then().body("status", equalTo("COMPLETED"));

        given().when().get("/api/v1/tickets/" + id + "/messages").then().statusCode(200)
                .body("type", contains("INTERIM_REPLY", "CUSTOMER_REINQUIRY", "FINAL_REPLY"));
        given().when().get("/api/v1/tickets/" + id + "/events").then()
                .body("summary", hasItem("Customer wrote again; reopened (ON_HOLD → IN_PROGRESS)"))
                .body("summary", hasItem(containsString("follow-up CS-")));

        List<JsonNode> published = published(id);
        assertEquals(List.of("TicketCreated", "TicketStatusChanged", "TicketAssigned", "TicketStatusChanged",
                "MessageAdded", "TicketStatusChanged", "MessageAdded", "TicketStatusChanged", "MessageAdded",
                "TicketStatusChanged"), published.stream().map(e -> e.path("type").asText()).toList());
        JsonNode finalReply = published.get(8).path("data");
        assertEquals("FINAL_REPLY", finalReply.path("type").asText());
        assertEquals("kim@example.com", finalReply.path("customer").path("email").asText());
        String language = given().when().get("/api/v1/tickets/" + id).then().extract().path("language");
        assertEquals(language, finalReply.path("language").asText());
        assertEquals(true, finalReply.path("mailMessageId").isNull());
        JsonNode followUpCreated = published(followUp).get(0);
        assertEquals(id, followUpCreated.path("data").path("followUpOf").asText());
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void twentySimultaneousKeepsHaveExactlyOneWinner() throws Exception {
        String id = TicketApiTest.create("CS");
        List<java.util.concurrent.Callable<Integer>> keeps = java.util.stream.IntStream.range(0, 20)
                .<java.util.concurrent.Callable<Integer>>mapToObj(i -> () -> act(id, "keep", null).statusCode())
                .toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(20);
        List<Integer> codes;
        try {
            codes = pool.invokeAll(keeps).stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        } finally {
            pool.shutdown();
        }
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(19, codes.stream().filter(c -> c == 409).count(), codes.toString());
        given().when().get("/api/v1/tickets/" + id + "/events").then()
                .body("findAll { it.type == 'ASSIGNED' }.size()", equalTo(1));
        await().until(() -> published(id).stream().anyMatch(e -> e.path("type").asText().equals("TicketAssigned")));
        assertEquals(1, published(id).stream().filter(e -> e.path("type").asText().equals("TicketAssigned")).count());
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anIllegalActionIs409NamingTheStatusAndTheAllowedActions() {
        String id = TicketApiTest.create("CS");
        asAlice(id, "hold", REPLY).then().statusCode(409).contentType("application/problem+json")
                .body("currentStatus", equalTo("UNASSIGNED"))
                // what alice (admin of CS, in no group: no keep) may do instead
                .body("allowedActions", contains("assign", "comment", "internal-resolution", "callback", "attributes",
                        "sub-tickets", "links", "masks", "unmask", "re-inquiry"))
                .body("detail", containsString("hold is not possible"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aStaleVersionIsAConflictAndABadOneIsInvalid() {
        String id = TicketApiTest.create("CS");
        String etag = given().when().get("/api/v1/tickets/" + id).then().extract().header("ETag");
        assertEquals("\"0\"", etag);
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/tickets/" + id + "/keep").then().statusCode(200).body("version", equalTo(1));
        given().header("If-Match", "\"0\"").contentType(ContentType.JSON).body(REPLY)
                .when().post("/api/v1/tickets/" + id + "/comment").then().statusCode(409)
                .body("detail", containsString("has changed"));
        given().header("If-Match", "yesterday").contentType(ContentType.JSON).body(REPLY)
                .when().post("/api/v1/tickets/" + id + "/comment").then().statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    @TestSecurity(user = "carol", roles = "agent")
    void onlyTheAssigneeOrAnAdminRepliesAndOnlyAdminsAssignCompleteAndDelete() {
        String id = keptByBob();
        act(id, "hold", REPLY).then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("Only the assignee or an admin can hold ticket " + number(id) + "."));
        act(id, "assign", "{\"groupId\": \"" + SUPPORT + "\", \"assignee\": \"carol\"}").then().statusCode(403);
        act(id, "comment", "{\"body\": \"I know this customer\"}").then().statusCode(200);
        asAlice(id, "resolve", REPLY).then().statusCode(200);
        act(id, "complete", null).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void anOperatorOfAnotherServiceCannotActOnTheTicket() {
        String id = keptByBob();
        act(id, "comment", REPLY).then().statusCode(404);
        act(id, "keep", null).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void forwardingToAGroupQueuesItAndToAnOperatorAssignsThem() {
        String id = TicketApiTest.create("CS");
        act(id, "keep", null).then().statusCode(200);
        act(id, "forward", "{\"groupId\": \"" + SUPPORT + "\", \"assignee\": \"carol\", \"note\": \"VIP\"}")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")).body("assignee.username", equalTo("carol"));
        asAlice(id, "forward", "{\"groupId\": \"" + SUPPORT + "\"}").then().statusCode(200)
                .body("status", equalTo("UNASSIGNED")).body("assignee", nullValue());
        given().when().get("/api/v1/tickets/" + id + "/messages").then().body("type", contains("FORWARD_NOTE"));

        String other = keptByBob();
        act(other, "forward", "{\"groupId\": \"" + SUPPORT + "\", \"assignee\": \"alice\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("assignee"));
        act(other, "forward", "{\"groupId\": \"a0000000-0000-4000-8000-000000000002\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("groupId"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void theSpamBoxKeepsRepliesOutAndRestoreBringsTheTicketBack() {
        String id = keptByBob();
        act(id, "internal-resolution", "{\"reason\": \"SPAM\"}").then().statusCode(200)
                .body("status", equalTo("INTERNALLY_RESOLVED")).body("internalResolution", equalTo("SPAM"));
        act(id, "hold", REPLY).then().statusCode(409).body("allowedActions", contains("comment", "restore", "attributes", "links", "masks",
                "re-inquiry"));
        act(id, "forward", "{\"groupId\": \"" + SUPPORT + "\"}").then().statusCode(409);
        asCustomer(id, "re-inquiry", "{\"body\": \"BUY NOW\"}").then().statusCode(200)
                .body("status", equalTo("INTERNALLY_RESOLVED"));
        act(id, "restore", null).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("internalResolution", nullValue());
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anAdminDeletesSpamSoftlyAndOnlySpam() {
        String spam = keptByBob();
        act(spam, "internal-resolution", "{\"reason\": \"SPAM\"}").then().statusCode(200);
        String test = keptByBob();
        act(test, "internal-resolution", "{\"reason\": \"TEST\"}").then().statusCode(200);
        act(spam, "delete", null).then().statusCode(403);
        asAlice(test, "delete", null).then().statusCode(409).body("detail", containsString("only tickets in the spam box"));
        asAlice(spam, "delete", null).then().statusCode(204);
        given().when().get("/api/v1/tickets/" + spam).then().statusCode(404);
        given().when().get("/api/v1/tickets?limit=200").then().body("items.id", not(hasItem(spam)));
        assertEquals(1L, count("select count(*) from ticket where id = '" + spam + "' and deleted_at is not null"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void deletedSpamIsPurgedAfterTheRetentionPeriod() {
        String spam = keptByBob();
        Uploads.uploadText(spam, "evidence.txt");
        act(spam, "internal-resolution", "{\"reason\": \"SPAM\"}").then().statusCode(200);
        asAlice(spam, "delete", null).then().statusCode(204);
        timers.purgeDeleted();
        assertEquals(1L, count("select count(*) from ticket where id = '" + spam + "'"), "kept during retention");
        clock.advance(Duration.ofDays(31));
        timers.purgeDeleted();
        assertEquals(0L, count("select count(*) from ticket where id = '" + spam + "'"));
        assertEquals(0L, count("select count(*) from ticket_event where ticket_id = '" + spam + "'"));
        assertEquals(0L, count("select count(*) from attachment where ticket_id = '" + spam + "'"), "files go too");
        assertEquals(0L, count("select count(*) from attachment_blob where storage_key like 'tickets/" + spam + "/%'"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void htmlIsSanitised() {
        String id = keptByBob();
        act(id, "comment", "{\"body\": \"<b>ok</b><script>alert(1)</script><a href=\\\"javascript:x()\\\">x</a>\", "
                + "\"format\": \"HTML\"}").then().statusCode(200);
        String body = given().when().get("/api/v1/tickets/" + id + "/messages").then().extract().path("[0].body");
        assertEquals("<b>ok</b><a>x</a>", body);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aResolvedTicketCompletesByItselfAfterTheServicesPeriodUnlessTheCustomerWrites() {
        String id = keptByBob();
        String reopened = keptByBob();
        act(id, "resolve", REPLY).then().statusCode(200);
        act(reopened, "resolve", REPLY).then().statusCode(200);
        Instant due = (Instant) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select due_at from ticket_timer where ticket_id = '" + id + "'", Instant.class).getSingleResult());
        Instant expected = clock.instant().plus(Duration.ofDays(14));
        assertTrue(Duration.between(due, expected).abs().toSeconds() < 60, "due 14 days after resolve: " + due);
        asCustomer(reopened, "re-inquiry", "{\"body\": \"not fixed\"}").then().statusCode(200);
        assertEquals(0L, count("select count(*) from ticket_timer where ticket_id = '" + reopened + "'"));

        clock.advance(Duration.ofDays(14).plusMinutes(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(status(id)));
        given().when().get("/api/v1/tickets/" + id + "/events").then()
                .body("summary", hasItem("Completed automatically after the resolve period"));
        assertEquals("IN_PROGRESS", status(reopened));
        assertEquals(0L, count("select count(*) from ticket_timer where ticket_id = '" + id + "'"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void badActionRequestsAreClear400sAndWriteNothing() {
        String id = keptByBob();
        int published = published(id).size();
        long history = count("select count(*) from ticket_event where ticket_id = '" + id + "'");
        act(id, "hold", "{\"body\": ").then().statusCode(400).body("type", endsWith("/malformed-json"));
        act(id, "hold", "{}").then().statusCode(400).body("errors[0].field", equalTo("body"));
        act(id, "hold", null).then().statusCode(400);
        act(id, "hold", "{\"body\": \"x\", \"format\": \"PDF\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        act(id, "internal-resolution", "{\"reason\": \"BORED\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        act(id, "hold", "{\"body\": \"" + "x".repeat(100_001) + "\"}").then().statusCode(400);
        act(UUID.randomUUID().toString(), "hold", REPLY).then().statusCode(404);
        assertEquals(0L, count("select count(*) from ticket_message where ticket_id = '" + id + "'"));
        assertEquals(history, count("select count(*) from ticket_event where ticket_id = '" + id + "'"));
        assertEquals(published, published(id).size());
        assertEquals("IN_PROGRESS", status(id));
    }

    // --- helpers

    static io.restassured.response.Response act(String id, String action, String body) {
        var request = given().contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/api/v1/tickets/" + id + "/" + action);
    }

    /** Acts as alice, admin of CS, whatever the test's own identity. */
    io.restassured.response.Response asAlice(String id, String action, String body) {
        return Identities.as("alice", "agent", () -> act(id, action, body));
    }

    io.restassured.response.Response asCustomer(String id, String action, String body) {
        return Identities.as("demo-integration", "integration", () -> act(id, action, body));
    }

    static String keptByBob() {
        return Identities.as("bob", "agent", () -> {
            String id = TicketApiTest.create("CS");
            act(id, "keep", null).then().statusCode(200);
            return id;
        });
    }

    static String status(String id) {
        return Identities.as("bob", "agent", () -> given().when().get("/api/v1/tickets/" + id).then().extract().path("status"));
    }

    static String number(String id) {
        return Identities.as("bob", "agent", () -> given().when().get("/api/v1/tickets/" + id).then().extract().path("number"));
    }

    List<JsonNode> published(String ticketId) {
        await().until(() -> count("select count(*) from outbox_event where aggregate_id = '" + ticketId + "'") == 0);
        return connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"subject\":\"" + ticketId + "\""))
                .map(EventContract::assertValid).toList();
    }

}
