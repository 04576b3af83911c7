package io.switchboard.ticket.view.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.view.api.ViewWorld.OTHER;
import static io.switchboard.ticket.view.api.ViewWorld.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.switchboard.platform.testing.AdjustableClock;
import io.switchboard.ticket.Db;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The inflow board (인입현황) with "today" in the service's time zone, and my status (My 현황). */
@QuarkusTest
@TestSecurity(user = VIEWER, roles = "agent")
class InflowAndMyStatusTest {

    @Inject
    AdjustableClock clock;

    @Test
    void todayIsTheServicesDayAndTheRateCountsTheLast24Hours() {
        Instant now = clock.instant();
        // a zone where it is now about 02:00, so that midnight lies between one and three hours ago
        int offset = Math.floorMod(2 - now.atOffset(ZoneOffset.UTC).getHour(), 24);
        offset = offset > 14 ? offset - 24 : offset;
        String zone = offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
        ViewWorld w = new ViewWorld(zone);
        ViewWorld.Ticket today = w.ticket(w.a, "UNASSIGNED");
        today.created = now.minus(Duration.ofMinutes(50));
        today.insert();
        ViewWorld.Ticket yesterday = w.ticket(w.a, "RESOLVED").to(VIEWER, w.mine);
        yesterday.created = now.minus(Duration.ofMinutes(190));
        yesterday.insert();
        ViewWorld.Ticket lastWeek = w.ticket(w.a, "UNASSIGNED");
        lastWeek.created = now.minus(Duration.ofDays(7));
        lastWeek.insert();
        w.ticket(w.a, "IN_PROGRESS").to(VIEWER, w.mine).insert();
        w.ticket(w.a, "ON_HOLD").to(OTHER, w.notMine).insert();
        w.ticket(w.a, "ON_HOLD").to(OTHER, w.notMine).insert();

        JsonPath board = given().get("/api/v1/services/" + w.a + "/inflow").then().statusCode(200).extract().jsonPath();
        assertEquals(w.a, board.getString("service"));
        assertEquals(zone, board.getString("timeZone"));
        assertEquals(1, board.getLong("receivedToday"));
        assertEquals(1, board.getLong("unassignedToday"));
        assertEquals(2, board.getLong("unassignedTotal"));
        assertEquals(0.5, board.getDouble("processingRate24h"), 1e-9);
        assertEquals(1, board.getLong("operators.find { it.username == '" + VIEWER + "' }.inProgress"));
        assertEquals(2, board.getLong("operators.find { it.username == '" + OTHER + "' }.onHold"));
        assertEquals("Otto Other", board.getString("operators.find { it.username == '" + OTHER + "' }.displayName"));
        assertEquals(true, board.getBoolean("operators.find { it.username == '" + VIEWER + "' }.assignmentEnabled"));

        given().get("/api/v1/services/" + w.c + "/inflow").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theBoardFollowsStatusChangesDeletionsAndTheFoldAndCountsTheDayFromItsQuarterHours() {
        Instant now = clock.instant();
        ViewWorld w = new ViewWorld("UTC");
        ViewWorld.Ticket within = w.ticket(w.a, "UNASSIGNED");
        within.created = now.minus(Duration.ofHours(23).plusMinutes(50));
        UUID recent = within.insert();
        ViewWorld.Ticket before = w.ticket(w.a, "RESOLVED");
        before.created = now.minus(Duration.ofHours(24).plusMinutes(20)); // earlier than the window's quarter hour
        before.insert();
        UUID gone = w.ticket(w.a, "UNASSIGNED").insert();
        // a changed creation time moves the ticket to its new quarter hour
        ViewWorld.run("update ticket set created_at = '" + now + "' where id = '" + gone + "'");
        assertEquals(0.0, board(w).getDouble("processingRate24h"), 1e-9);

        ViewWorld.run("update ticket set status = 'RESOLVED' where id = '" + recent + "'");
        ViewWorld.run("update ticket set deleted_at = now() where id = '" + gone + "'");
        assertEquals(1.0, board(w).getDouble("processingRate24h"), 1e-9, "resolved, and the deleted one is gone");
        ViewWorld.fold();
        assertEquals(0, Db.count("select count(*) from ticket_inflow_delta where workspace_code = '" + w.a + "'"));
        JsonPath folded = board(w);
        assertEquals(1.0, folded.getDouble("processingRate24h"), 1e-9);
        assertEquals(0, folded.getLong("unassignedTotal"));
    }

    private static JsonPath board(ViewWorld w) {
        return given().get("/api/v1/services/" + w.a + "/inflow").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void myStatusCountsMyOpenTicketsAndMyUnansweredEscalations() {
        ViewWorld w = new ViewWorld("UTC");
        w.ticket(w.a, "IN_PROGRESS").to(VIEWER, w.mine).insert();
        w.ticket(w.a, "IN_PROGRESS").to(VIEWER, w.mine).insert();
        w.ticket(w.a, "ON_HOLD").to(VIEWER, w.mine).insert();
        w.ticket(w.a, "ESCALATED").to(VIEWER, w.mine).insert();
        w.ticket(w.a, "DOORAY_IN_PROGRESS").to(VIEWER, w.mine).insert();
        w.ticket(w.a, "DOORAY_ANSWERED").to(VIEWER, w.mine).insert();
        w.ticket(w.a, "IN_PROGRESS").to(OTHER, w.notMine).insert();
        w.ticket(w.b, "ON_HOLD").to(VIEWER, null).insert();

        JsonPath status = given().get("/api/v1/me/status").then().statusCode(200).extract().jsonPath();
        String a = "services.find { it.service == '" + w.a + "' }.";
        String b = "services.find { it.service == '" + w.b + "' }.";
        assertEquals(2, status.getLong(a + "inProgress"));
        assertEquals(1, status.getLong(a + "onHold"));
        assertEquals(2, status.getLong(a + "escalationsUnanswered"));
        assertEquals(0, status.getLong(b + "inProgress"));
        assertEquals(1, status.getLong(b + "onHold"));
    }
}
