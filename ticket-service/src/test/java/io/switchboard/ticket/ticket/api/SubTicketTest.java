package io.switchboard.ticket.ticket.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.Db.count;
import static io.switchboard.ticket.ticket.api.TicketLifecycleTest.REPLY;
import static io.switchboard.ticket.ticket.api.TicketLifecycleTest.SUPPORT;
import static io.switchboard.ticket.ticket.api.TicketLifecycleTest.act;
import static io.switchboard.ticket.ticket.api.TicketLifecycleTest.number;
import static io.switchboard.ticket.ticket.api.TicketLifecycleTest.status;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.AdjustableClock;
import io.switchboard.ticket.ticket.application.TicketTimers;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sub-tickets, their privacy and completion rule, and duplicate links (PRODUCT.md §3.1, §3.4).
 * Besides the demo data, CS gets a group Billing with zoe and yuki.
 */
@QuarkusTest
class SubTicketTest {

    static final String BILLING = "a0000000-0000-4000-8000-0000000000b1";
    static final String DEVELOPERS = "a0000000-0000-4000-8000-000000000002";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @Inject
    AdjustableClock clock;

    @Inject
    TicketTimers timers;

    @BeforeEach
    void billingGroup() {
        insertBillingGroup();
    }

    /** CS's group Billing: zoe takes tickets, yuki has assignment off (both may forward). */
    static void insertBillingGroup() {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("""
                    insert into operator (username, display_name, email) values
                        ('zoe', 'Zoe Lee', 'zoe@example.com'), ('yuki', 'Yuki Mori', 'yuki@example.com')
                    on conflict do nothing""").executeUpdate();
            em.createNativeQuery("""
                    insert into operator_group (id, workspace_code, name)
                    values ('a0000000-0000-4000-8000-0000000000b1', 'CS', 'Billing') on conflict do nothing""")
                    .executeUpdate();
            em.createNativeQuery("""
                    insert into membership (id, workspace_code, username, role, may_forward, assignment_enabled) values
                        ('b0000000-0000-4000-8000-0000000000b1', 'CS', 'zoe', 'OPERATOR', TRUE, TRUE),
                        ('b0000000-0000-4000-8000-0000000000b2', 'CS', 'yuki', 'OPERATOR', TRUE, FALSE)
                    on conflict do nothing""").executeUpdate();
            em.createNativeQuery("""
                    insert into group_member (id, group_id, username, joined_at) values
                        ('c0000000-0000-4000-8000-0000000000b1', 'a0000000-0000-4000-8000-0000000000b1', 'zoe', now()),
                        ('c0000000-0000-4000-8000-0000000000b2', 'a0000000-0000-4000-8000-0000000000b1', 'yuki', now())
                    on conflict do nothing""").executeUpdate();
        });
    }

    // --- creating sub-tickets

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void theAssigneeCreatesASubTicketInAGroupsQueue() {
        String parent = keptByBob();
        String location = subTicket(parent, BILLING, null).then().statusCode(201)
                .body("status", equalTo("UNASSIGNED")).body("group.name", equalTo("Billing"))
                .body("assignee", nullValue()).body("parentId", equalTo(parent))
                .body("customer.email", equalTo("kim@example.com")).body("channel", equalTo("MANUAL"))
                .body("title", equalTo("Billing approval"))
                .extract().header("Location");
        String child = location.substring(location.lastIndexOf('/') + 1);
        String childNumber = number(child);
        given().when().get("/api/v1/tickets/" + parent).then().body("parentId", nullValue());
        given().when().get("/api/v1/tickets/" + parent + "/events").then()
                .body("summary", hasItem("Sub-ticket " + childNumber + " created for Billing"));
        given().when().get("/api/v1/tickets/" + child + "/events").then()
                .body("summary", contains("Created as a sub-ticket of " + number(parent)));
        given().when().get("/api/v1/tickets/" + parent + "/sub-tickets").then().statusCode(200)
                .body("id", contains(child));
        assertEquals(1L, count("select count(*) from ticket where parent_id = '" + parent + "'"));

        List<JsonNode> published = published(child);
        assertEquals(List.of("TicketCreated"), published.stream().map(e -> e.path("type").asText()).toList());
        assertEquals(parent, published.get(0).path("data").path("parentId").asText());
        // its creator chose the group: routing-service leaves it there
        assertFalse(published.get(0).path("data").path("placedBy").isNull());
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void anAdminCreatesAnAssignedSubTicket() {
        String parent = keptByBob();
        String child = subTicket(parent, BILLING, "zoe").then().statusCode(201)
                .body("status", equalTo("IN_PROGRESS")).body("assignee.username", equalTo("zoe"))
                .body("group.name", equalTo("Billing")).extract().path("id");
        List<JsonNode> published = published(child);
        assertEquals(List.of("TicketCreated", "TicketStatusChanged", "TicketAssigned"),
                published.stream().map(e -> e.path("type").asText()).toList());
        assertEquals(parent, published.get(0).path("data").path("parentId").asText());
        assertEquals("zoe", published.get(2).path("data").path("assignee").path("username").asText());
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void ineligibleSubTicketsAreRefused() {
        String parent = keptByBob();
        subTicket(parent, BILLING, "yuki").then().statusCode(400)
                .body("errors[0].field", equalTo("assignee"))
                .body("errors[0].message", containsString("assignment turned off"));
        subTicket(parent, BILLING, "carol").then().statusCode(400)
                .body("errors[0].field", equalTo("assignee"))
                .body("errors[0].message", containsString("not in group Billing"));
        subTicket(parent, DEVELOPERS, null).then().statusCode(400).body("errors[0].field", equalTo("groupId"));
        given().contentType(ContentType.JSON).body("{\"groupId\": \"" + BILLING + "\", \"content\": \"x\"}")
                .when().post("/api/v1/tickets/" + parent + "/sub-tickets").then().statusCode(400)
                .body("errors[0].field", equalTo("title"));
        subTicket(UUID.randomUUID().toString(), BILLING, null).then().statusCode(404);
        Identities.as("carol", "agent", () -> subTicket(parent, BILLING, null).then().statusCode(403)
                .body("detail", equalTo("Only the assignee or an admin can create sub-tickets of ticket "
                        + number(parent) + ".")));
        Identities.as("dave", "agent", () -> subTicket(parent, BILLING, null).then().statusCode(404));

        String child = subTicket(parent, SUPPORT, "bob").then().statusCode(201).extract().path("id");
        subTicket(child, BILLING, null).then().statusCode(409).body("detail", containsString("itself a sub-ticket"));
        assertEquals(1L, count("select count(*) from ticket where parent_id = '" + parent + "'"));
    }

    @Test
    void subTicketsNeedAToken() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/tickets/" + UUID.randomUUID() + "/sub-tickets").then().statusCode(401);
        given().when().get("/api/v1/tickets/" + UUID.randomUUID() + "/sub-tickets").then().statusCode(401);
        given().when().get("/api/v1/tickets/" + UUID.randomUUID() + "/links").then().statusCode(401);
    }

    // --- privacy

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void siblingsArePrivateToTheirOwnersAndTheParentIsReadableByTheChildren() {
        String parent = keptByBob();
        String a = subTicket(parent, SUPPORT, "carol").then().statusCode(201).extract().path("id");
        String b = subTicket(parent, BILLING, "zoe").then().statusCode(201).extract().path("id");

        // parent assignee, admin: everything
        for (String user : List.of("bob", "alice")) {
            Identities.as(user, "agent", () -> {
                for (String id : List.of(parent, a, b)) {
                    given().when().get("/api/v1/tickets/" + id).then().statusCode(200);
                }
                given().when().get("/api/v1/tickets/" + parent + "/sub-tickets").then().body("id", contains(a, b));
                given().when().get("/api/v1/tickets?limit=200").then().body("items.id", hasItems(parent, a, b));
                return null;
            });
        }
        // child assignees see the parent and their own child, not the sibling
        sees("carol", List.of(parent, a), b);
        sees("zoe", List.of(parent, b), a);
        // a member of the child's group sees it (even unassigned to them), not the sibling
        sees("yuki", List.of(parent, b), a);
        // another service's operator sees nothing
        Identities.as("dave", "agent", () -> {
            for (String id : List.of(parent, a, b)) {
                given().when().get("/api/v1/tickets/" + id).then().statusCode(404);
            }
            given().when().get("/api/v1/tickets?limit=200").then().body("items.id", not(hasItem(parent)));
            act(parent, "comment", REPLY).then().statusCode(404);
            return null;
        });

        // the child's owner comments on the parent, but does not reply or forward
        Identities.as("zoe", "agent", () -> {
            act(parent, "comment", "{\"body\": \"Refund approved\"}").then().statusCode(200);
            act(parent, "hold", REPLY).then().statusCode(403);
            act(parent, "forward", "{\"groupId\": \"" + BILLING + "\"}").then().statusCode(403);
            act(a, "comment", REPLY).then().statusCode(404);
            given().when().get("/api/v1/tickets/" + b + "/customer-history").then().statusCode(200)
                    .body("id", hasItem(parent)).body("id", not(hasItem(a)));
            // the list is filtered in the query: the first page of two is b and the parent, a is skipped
            String firstPage = given().when().get("/api/v1/tickets?limit=2").then().statusCode(200)
                    .body("items.id", contains(b, parent)).extract().path("next");
            given().queryParam("cursor", firstPage).when().get("/api/v1/tickets?limit=2").then()
                    .body("items.id", not(hasItem(a)));
            return null;
        });
        act(parent, "hold", REPLY).then().statusCode(200);
        Identities.as("alice", "agent", () -> act(b, "hold", REPLY).then().statusCode(200));
    }

    // --- completing a parent

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aParentIsNotCompletedWhileAChildIsOpen() {
        String parent = keptByBob();
        String closed = subTicket(parent, SUPPORT, "bob").then().statusCode(201).extract().path("id");
        String resolved = subTicket(parent, SUPPORT, "bob").then().statusCode(201).extract().path("id");
        act(parent, "resolve", REPLY).then().statusCode(200);
        String both = number(closed) + ", " + number(resolved);
        asAlice(parent, "complete").then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Ticket " + number(parent)
                        + " cannot be completed while its sub-tickets are open: " + both + "."))
                .body("openSubTickets", contains(number(closed), number(resolved)));

        act(closed, "internal-resolution", "{\"reason\": \"TEST\"}").then().statusCode(200);
        act(resolved, "resolve", REPLY).then().statusCode(200);
        asAlice(parent, "complete").then().statusCode(409).body("openSubTickets", contains(number(resolved)));
        asAlice(resolved, "complete").then().statusCode(200);
        asAlice(parent, "complete").then().statusCode(200).body("status", equalTo("COMPLETED"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void autoCompleteWaitsADayAtATimeForOpenChildren() {
        String parent = keptByBob();
        String child = subTicket(parent, SUPPORT, "bob").then().statusCode(201).extract().path("id");
        act(parent, "resolve", REPLY).then().statusCode(200);

        clock.advance(Duration.ofDays(14).plusMinutes(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> count(
                "select count(*) from ticket_event where ticket_id = '" + parent
                        + "' and summary like 'Auto-complete postponed%'") > 0);
        assertEquals("RESOLVED", status(parent));
        Instant due = (Instant) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select due_at from ticket_timer where ticket_id = '" + parent + "'", Instant.class).getSingleResult());
        Instant expected = clock.instant().plus(Duration.ofDays(1));
        assertTrue(Duration.between(due, expected).abs().toSeconds() < 60, "due a day later: " + due);
        given().when().get("/api/v1/tickets/" + parent + "/events").then()
                .body("summary", hasItem("Auto-complete postponed by a day: sub-tickets still open: " + number(child)));

        act(child, "internal-resolution", "{\"reason\": \"TEST\"}").then().statusCode(200);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(status(parent)));
        assertEquals(0L, count("select count(*) from ticket_timer where ticket_id = '" + parent + "'"));
    }

    // --- links

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aTicketIsMarkedAsADuplicateOnceAndBothSidesSeeIt() {
        String duplicate = TicketApiTest.create("CS");
        String original = TicketApiTest.create("CS");
        link(duplicate, "DUPLICATE_OF", original).then().statusCode(201)
                .body("type", equalTo("DUPLICATE_OF")).body("direction", equalTo("OUTGOING"))
                .body("ticket.id", equalTo(original)).body("ticket.number", equalTo(number(original)))
                .body("ticket.status", equalTo("UNASSIGNED"));
        link(duplicate, "DUPLICATE_OF", original).then().statusCode(409)
                .body("detail", containsString("already linked"));
        given().when().get("/api/v1/tickets/" + duplicate + "/links").then().statusCode(200)
                .body("type", contains("DUPLICATE_OF")).body("direction", contains("OUTGOING"))
                .body("ticket.number", contains(number(original)));
        given().when().get("/api/v1/tickets/" + original + "/links").then().statusCode(200)
                .body("direction", contains("INCOMING")).body("ticket.id", contains(duplicate));
        given().when().get("/api/v1/tickets/" + duplicate + "/events").then()
                .body("summary", hasItem("Marked as a duplicate of " + number(original) + " by bob"));
        given().when().get("/api/v1/tickets/" + original + "/events").then()
                .body("find { it.type == 'LINKED' }.summary",
                        equalTo(number(duplicate) + " was marked as a duplicate of this ticket by bob"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void badLinksAreRefused() {
        String id = TicketApiTest.create("CS");
        String other = TicketApiTest.create("CS");
        String dev = Identities.as("dave", "agent", () -> TicketApiTest.create("DEV"));
        link(id, "DUPLICATE_OF", id).then().statusCode(400).body("errors[0].field", equalTo("ticketId"));
        link(id, "DUPLICATE_OF", dev).then().statusCode(400).body("errors[0].field", equalTo("ticketId"));
        link(id, "DUPLICATE_OF", UUID.randomUUID().toString()).then().statusCode(400)
                .body("errors[0].field", equalTo("ticketId"));
        link(id, "FOLLOW_UP_OF", other).then().statusCode(400).body("errors[0].field", equalTo("type"));
        link(id, "COPY_OF", other).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"type\": \"DUPLICATE_OF\"}")
                .when().post("/api/v1/tickets/" + id + "/links").then().statusCode(400)
                .body("errors[0].field", equalTo("ticketId"));
        link(UUID.randomUUID().toString(), "DUPLICATE_OF", other).then().statusCode(404);
        Identities.as("dave", "agent", () -> link(id, "DUPLICATE_OF", other).then().statusCode(404));
        assertEquals(0L, count("select count(*) from ticket_link where from_id = '" + id + "'"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void followUpsAreListedAsLinks() {
        String id = keptByBob();
        act(id, "resolve", REPLY).then().statusCode(200);
        asAlice(id, "complete").then().statusCode(200);
        String followUp = Identities.as("demo-integration", "integration",
                () -> act(id, "re-inquiry", "{\"body\": \"again\"}").then().statusCode(201).extract().path("id"));
        given().when().get("/api/v1/tickets/" + followUp + "/links").then()
                .body("type", contains("FOLLOW_UP_OF")).body("direction", contains("OUTGOING"))
                .body("ticket.status", contains("COMPLETED"));
        String link = given().when().get("/api/v1/tickets/" + id + "/links").then()
                .body("direction", contains("INCOMING")).body("ticket.id", contains(followUp))
                .body("removable", contains(false)).extract().path("[0].id");
        given().when().delete("/api/v1/tickets/" + id + "/links/" + link).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("cannot be removed"));
        given().when().get("/api/v1/tickets/" + followUp + "/links").then().body("type", contains("FOLLOW_UP_OF"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aDuplicateLinkIsRemovedFromEitherSideOnce() {
        String duplicate = TicketApiTest.create("CS");
        String original = TicketApiTest.create("CS");
        String link = link(duplicate, "DUPLICATE_OF", original).then().statusCode(201)
                .body("removable", equalTo(true)).extract().path("id");
        String unrelated = TicketApiTest.create("CS");
        given().when().delete("/api/v1/tickets/" + unrelated + "/links/" + link).then().statusCode(404);
        Identities.as("dave", "agent", () -> given().when().delete("/api/v1/tickets/" + original + "/links/" + link)
                .then().statusCode(404));

        given().when().delete("/api/v1/tickets/" + original + "/links/" + link).then().statusCode(204);
        given().when().delete("/api/v1/tickets/" + original + "/links/" + link).then().statusCode(404);
        given().when().get("/api/v1/tickets/" + duplicate + "/links").then().body("$", org.hamcrest.Matchers.empty());
        given().when().get("/api/v1/tickets/" + duplicate + "/events").then()
                .body("summary", hasItem("No longer a duplicate of " + number(original) + " (bob)"));
        given().when().delete("/api/v1/tickets/" + original + "/links/not-a-uuid").then().statusCode(400);
        link(duplicate, "DUPLICATE_OF", original).then().statusCode(201);
    }

    // --- helpers

    static io.restassured.response.Response subTicket(String parent, String group, String assignee) {
        String body = "{\"groupId\": \"" + group + "\", " + (assignee == null ? "" : "\"assignee\": \"" + assignee + "\", ")
                + "\"title\": \"Billing approval\", \"content\": \"Please approve the refund.\"}";
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets/" + parent + "/sub-tickets");
    }

    static io.restassured.response.Response link(String id, String type, String other) {
        return given().contentType(ContentType.JSON)
                .body("{\"type\": \"" + type + "\", \"ticketId\": \"" + other + "\"}")
                .when().post("/api/v1/tickets/" + id + "/links");
    }

    static io.restassured.response.Response asAlice(String id, String action) {
        return Identities.as("alice", "agent", () -> act(id, action, null));
    }

    static String keptByBob() {
        return Identities.as("bob", "agent", () -> {
            String id = TicketApiTest.create("CS");
            act(id, "keep", null).then().statusCode(200);
            return id;
        });
    }

    /** The user sees the tickets {@code visible} (read, list) and gets 404 for {@code hidden}. */
    static void sees(String user, List<String> visible, String hidden) {
        Identities.as(user, "agent", () -> {
            for (String id : visible) {
                given().when().get("/api/v1/tickets/" + id).then().statusCode(200);
            }
            given().when().get("/api/v1/tickets/" + hidden).then().statusCode(404);
            given().when().get("/api/v1/tickets/" + hidden + "/events").then().statusCode(404);
            given().when().get("/api/v1/tickets?limit=200").then()
                    .body("items.id", hasItems(visible.toArray(String[]::new)))
                    .body("items.id", not(hasItem(hidden)));
            given().when().get("/api/v1/tickets/" + visible.get(0) + "/sub-tickets").then().statusCode(200)
                    .body("id", not(hasItem(hidden)));
            return null;
        });
    }

    List<JsonNode> published(String ticketId) {
        await().until(() -> count("select count(*) from outbox_event where aggregate_id = '" + ticketId + "'") == 0);
        return connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"subject\":\"" + ticketId + "\""))
                .map(EventContract::assertValid).toList();
    }
}
