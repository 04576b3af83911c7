package io.switchboard.ticket.view.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static io.switchboard.ticket.view.api.ViewWorld.OTHER;
import static io.switchboard.ticket.view.api.ViewWorld.VIEWER;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.switchboard.platform.testing.AdjustableClock;
import io.switchboard.ticket.Db;
import jakarta.inject.Inject;
import java.time.Instant;
import io.switchboard.ticket.ticket.api.Identities;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The views of PRODUCT.md §3.4 as an operator sees them: each view holds exactly its tickets of the caller's
 * services (never another service's, spam only in the spam box, other people's sub-tickets not at all), and each
 * count is what its view lists; ☆ stars filter every view.
 */
@QuarkusTest
@TestSecurity(user = VIEWER, roles = "agent")
class ViewsTest {

    @Inject
    AdjustableClock clock;

    private static final List<String> VIEWS = List.of("my-in-progress", "my-on-hold", "my-resolved", "my-completed",
            "all", "unassigned", "my-groups", "escalated", "spam");

    @Test
    void eachViewHoldsItsTicketsOfMyServicesAndItsCountIsWhatItLists() {
        ViewWorld w = new ViewWorld("UTC");
        UUID t1 = w.ticket(w.a, "IN_PROGRESS").to(VIEWER, w.mine).insert();
        UUID t2 = w.ticket(w.a, "ON_HOLD").to(VIEWER, w.mine).insert();
        UUID t3 = w.ticket(w.a, "RESOLVED").to(VIEWER, w.mine).insert();
        UUID t4 = w.ticket(w.a, "COMPLETED").to(VIEWER, w.mine).insert();
        ViewWorld.Ticket duplicate = w.ticket(w.a, "INTERNALLY_RESOLVED").to(VIEWER, w.mine);
        duplicate.reason = "DUPLICATE";
        UUID t5 = duplicate.insert();
        ViewWorld.Ticket spam = w.ticket(w.a, "INTERNALLY_RESOLVED").to(VIEWER, w.mine);
        spam.reason = "SPAM";
        UUID t6 = spam.insert();
        UUID t7 = w.ticket(w.a, "UNASSIGNED").insert();
        UUID t8 = w.ticket(w.a, "UNASSIGNED").to(null, w.mine).insert();
        UUID t9 = w.ticket(w.a, "IN_PROGRESS").to(OTHER, w.notMine).insert();
        UUID t10 = w.ticket(w.a, "ESCALATED").to(OTHER, w.notMine).insert();
        UUID t11 = w.ticket(w.a, "DOORAY_IN_PROGRESS").to(VIEWER, w.mine).insert();
        ViewWorld.Ticket deleted = w.ticket(w.a, "UNASSIGNED");
        deleted.deleted = true;
        deleted.insert();
        ViewWorld.Ticket othersChild = w.ticket(w.a, "IN_PROGRESS").to(OTHER, w.notMine);
        othersChild.parent = t9;
        othersChild.insert();
        ViewWorld.Ticket childOfMine = w.ticket(w.a, "IN_PROGRESS").to(OTHER, w.notMine);
        childOfMine.parent = t1;
        UUID t14 = childOfMine.insert();
        UUID u1 = w.ticket(w.b, "UNASSIGNED").insert();
        ViewWorld.Ticket adminSees = w.ticket(w.b, "IN_PROGRESS").to(OTHER, null);
        adminSees.parent = u1;
        UUID u2 = adminSees.insert();
        ViewWorld.Ticket spamOfB = w.ticket(w.b, "INTERNALLY_RESOLVED");
        spamOfB.reason = "SPAM";
        UUID u3 = spamOfB.insert();
        w.ticket(w.c, "UNASSIGNED").insert();
        w.ticket(w.c, "IN_PROGRESS").to(VIEWER, null).insert();

        Map<String, Set<UUID>> expected = Map.of(
                "my-in-progress", Set.of(t1),
                "my-on-hold", Set.of(t2),
                "my-resolved", Set.of(t3),
                "my-completed", Set.of(t4, t5),
                "all", Set.of(t1, t2, t3, t4, t5, t7, t8, t9, t10, t11, t14, u1, u2),
                "unassigned", Set.of(t7, t8, u1),
                "my-groups", Set.of(t1, t2, t3, t4, t5, t8, t11),
                "escalated", Set.of(t10, t11),
                "spam", Set.of(t6, u3));
        JsonPath counts = given().get("/api/v1/tickets/counts").then().statusCode(200).extract().jsonPath();
        for (String view : VIEWS) {
            List<String> listed = ids(view, Map.of());
            assertEquals(ids(expected.get(view)), new HashSet<>(listed), view);
            assertEquals(listed.size(), new HashSet<>(listed).size(), view + " lists a ticket twice");
            long ofA = ids(view, Map.of("service", w.a)).size();
            long ofB = ids(view, Map.of("service", w.b)).size();
            assertEquals(ofA, counts.getLong(countPath(w.a, view)), "count of " + view + " in " + w.a);
            assertEquals(ofB, counts.getLong(countPath(w.b, view)), "count of " + view + " in " + w.b);
        }
        assertEquals(ids(expected.get("my-in-progress")), new HashSet<>(ids("mine", Map.of())));
        // the viewer is no member of c: its service entry is absent, as are its tickets
        assertNull(counts.get("services.find { it.service == '" + w.c + "' }"));
        // another operator of a sees a's tickets but none of b's spam or of the viewer's sub-ticket rights
        Set<String> othersAll = Identities.as(OTHER, "agent", () -> new HashSet<>(ids("all", Map.of("service", w.a))));
        assertEquals(ids(Set.of(t1, t2, t3, t4, t5, t7, t8, t9, t10, t11, t14,
                othersChild.id)), othersAll);
    }

    @Test
    void aSubTicketIsSeenByWhoeverIsAssignedItsParentNow() {
        ViewWorld w = new ViewWorld("UTC");
        UUID parent = w.ticket(w.a, "IN_PROGRESS").to(OTHER, w.notMine).insert();
        ViewWorld.Ticket child = w.ticket(w.a, "IN_PROGRESS").to(OTHER, w.notMine);
        child.parent = parent;
        UUID sub = child.insert();
        assertEquals(ids(Set.of(parent)), new HashSet<>(ids("all", Map.of("service", w.a))));

        ViewWorld.run("update ticket set assignee = '" + VIEWER + "' where id = '" + parent + "'");
        assertEquals(ids(Set.of(parent, sub)), new HashSet<>(ids("all", Map.of("service", w.a))));
        assertEquals(2, given().get("/api/v1/tickets/counts").then().statusCode(200).extract().jsonPath()
                .getLong(countPath(w.a, "all")));

        ViewWorld.run("update ticket set assignee = null where id = '" + parent + "'");
        assertEquals(ids(Set.of(parent)), new HashSet<>(ids("all", Map.of("service", w.a))));
        assertEquals(1, given().get("/api/v1/tickets/counts").then().statusCode(200).extract().jsonPath()
                .getLong(countPath(w.a, "all")));
        // a sub-ticket added now takes its parent's assignee from the start
        ViewWorld.run("update ticket set assignee = '" + VIEWER + "' where id = '" + parent + "'");
        ViewWorld.Ticket later = w.ticket(w.a, "UNASSIGNED");
        later.parent = parent;
        UUID second = later.insert();
        assertEquals(ids(Set.of(parent, sub, second)), new HashSet<>(ids("all", Map.of("service", w.a))));
    }

    @Test
    void starsFilterEveryViewAndTheirCountsAndStarringTwiceChangesNothing() {
        ViewWorld w = new ViewWorld("UTC");
        UUID mineInProgress = w.ticket(w.a, "IN_PROGRESS").to(VIEWER, w.mine).insert();
        UUID unassigned = w.ticket(w.a, "UNASSIGNED").insert();
        UUID other = w.ticket(w.a, "UNASSIGNED").insert();
        ViewWorld.Ticket spam = w.ticket(w.b, "INTERNALLY_RESOLVED");
        spam.reason = "SPAM";
        UUID spamOfB = spam.insert();
        ViewWorld.Ticket hidden = w.ticket(w.a, "IN_PROGRESS").to(OTHER, w.notMine);
        hidden.parent = other;
        UUID othersSubTicket = hidden.insert();
        UUID ofC = w.ticket(w.c, "UNASSIGNED").insert();

        for (UUID id : List.of(mineInProgress, unassigned, spamOfB)) {
            given().put("/api/v1/tickets/" + id + "/star").then().statusCode(204);
            given().put("/api/v1/tickets/" + id + "/star").then().statusCode(204);
        }
        given().put("/api/v1/tickets/" + othersSubTicket + "/star").then().statusCode(404);
        given().put("/api/v1/tickets/" + ofC + "/star").then().statusCode(404);

        assertEquals(ids(Set.of(mineInProgress, unassigned)), new HashSet<>(ids("all", Map.of("starred", "true"))));
        assertEquals(ids(Set.of(spamOfB)), new HashSet<>(ids("spam", Map.of("starred", "true"))));
        assertEquals(ids(Set.of(unassigned)), new HashSet<>(ids("unassigned", Map.of("starred", "true"))));
        JsonPath starred = given().queryParam("starred", "true").get("/api/v1/tickets/counts").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(2, starred.getLong(countPath(w.a, "all")));
        assertEquals(1, starred.getLong(countPath(w.a, "my-in-progress")));
        assertEquals(1, starred.getLong(countPath(w.a, "unassigned")));
        assertEquals(0, starred.getLong(countPath(w.b, "all")));
        assertEquals(1, starred.getLong(countPath(w.b, "spam")));

        JsonPath list = given().queryParam("service", w.a).get("/api/v1/tickets").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(true, list.getBoolean("items.find { it.id == '" + mineInProgress + "' }.starred"));
        assertEquals(false, list.getBoolean("items.find { it.id == '" + other + "' }.starred"));

        given().get("/api/v1/tickets/" + unassigned).then().statusCode(200).body("starred", equalTo(true));
        given().delete("/api/v1/tickets/" + unassigned + "/star").then().statusCode(204);
        given().delete("/api/v1/tickets/" + unassigned + "/star").then().statusCode(204);
        given().get("/api/v1/tickets/" + unassigned).then().statusCode(200).body("starred", equalTo(false));
        assertEquals(ids(Set.of(mineInProgress)), new HashSet<>(ids("all", Map.of("starred", "true"))));
        assertEquals(1, Db.count("select count(*) from ticket_star where username = '" + VIEWER + "' and ticket_id = '"
                + mineInProgress + "'"));
    }

    @Test
    void aTicketIsUnreadWhileSomeoneElseChangedItSinceIOpenedIt() {
        ViewWorld w = new ViewWorld("UTC");
        UUID id = w.ticket(w.a, "UNASSIGNED").insert();
        UUID quiet = w.ticket(w.a, "UNASSIGNED").insert();
        // audit lines carry the application's clock, as the read mark does
        Instant now = clock.instant();
        event(id, "customer:x", now.minusSeconds(3600));
        event(quiet, VIEWER, now.minusSeconds(3600));
        assertEquals(true, unread(w, id));
        assertEquals(false, unread(w, quiet), "only I changed it");

        given().put("/api/v1/tickets/" + id + "/read").then().statusCode(204);
        given().put("/api/v1/tickets/" + id + "/read").then().statusCode(204);
        assertEquals(false, unread(w, id));
        event(id, VIEWER, now.plusSeconds(60));
        assertEquals(false, unread(w, id), "my own change is not news to me");
        event(id, OTHER, now.plusSeconds(120));
        assertEquals(true, unread(w, id));
        given().put("/api/v1/tickets/" + UUID.randomUUID() + "/read").then().statusCode(404);
    }

    @Test
    void countsStayExactWhenTheDeltasAreFoldedAndCountTicketsWrittenByCopy() throws Exception {
        ViewWorld w = new ViewWorld("UTC");
        w.ticket(w.a, "UNASSIGNED").insert();
        UUID mine = w.ticket(w.a, "IN_PROGRESS").to(VIEWER, w.mine).insert();
        JsonPath before = given().get("/api/v1/tickets/counts").then().statusCode(200).extract().jsonPath();
        assertEquals(2, before.getLong(countPath(w.a, "all")));

        ViewWorld.run("update ticket set status = 'ON_HOLD' where id = '" + mine + "'");
        ViewWorld.fold();
        assertEquals(0, Db.count("select count(*) from ticket_count_delta where workspace_code = '" + w.a + "'"));
        JsonPath folded = given().get("/api/v1/tickets/counts").then().statusCode(200).extract().jsonPath();
        assertEquals(2, folded.getLong(countPath(w.a, "all")));
        assertEquals(0, folded.getLong(countPath(w.a, "my-in-progress")));
        assertEquals(1, folded.getLong(countPath(w.a, "my-on-hold")));

        // the seeder writes by COPY: the statement trigger counts those rows too
        ViewWorld.copyTickets(w.a, 3);
        assertEquals(5, given().get("/api/v1/tickets/counts").then().statusCode(200).extract().jsonPath()
                .getLong(countPath(w.a, "all")));
        assertEquals(5, ids("all", Map.of("service", w.a)).size());
    }

    private static void event(UUID ticket, String actor, Instant at) {
        ViewWorld.run("insert into ticket_event (ticket_id, type, actor, summary, created_at) values ('" + ticket
                + "', 'COMMENTED', '" + actor + "', 'a note', '" + at + "')");
    }

    private static boolean unread(ViewWorld w, UUID id) {
        return given().queryParam("service", w.a).get("/api/v1/tickets").then().statusCode(200).extract().jsonPath()
                .getBoolean("items.find { it.id == '" + id + "' }.unread");
    }

    static String countPath(String service, String view) {
        return "services.find { it.service == '" + service + "' }.counts.'" + view + "'";
    }

    private static Set<String> ids(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.toSet());
    }

    /** Every page of a view with these parameters, following the cursors. */
    static List<String> ids(String view, Map<String, String> parameters) {
        return pages(view, parameters, 200, "id");
    }

    static List<String> pages(String view, Map<String, String> parameters, int limit, String field) {
        List<String> found = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> query = new HashMap<>(parameters);
            query.put("view", view);
            query.put("limit", limit);
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            JsonPath page = given().queryParams(query).get("/api/v1/tickets").then().statusCode(200)
                    .body("items.size()", lessThanOrEqualTo(limit)).extract().jsonPath();
            found.addAll(page.getList("items." + field, String.class));
            cursor = page.getString("next");
        } while (cursor != null);
        return found;
    }
}
