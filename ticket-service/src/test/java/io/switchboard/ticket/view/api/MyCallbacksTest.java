package io.switchboard.ticket.view.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.view.api.ViewWorld.OTHER;
import static io.switchboard.ticket.view.api.ViewWorld.VIEWER;
import static io.switchboard.ticket.view.api.ViewWorld.q;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.switchboard.platform.testing.AdjustableClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** My callback reservations (약속콜): counted in my status, listed soonest first with their due flags. */
@QuarkusTest
@TestSecurity(user = VIEWER, roles = "agent")
class MyCallbacksTest {

    @Inject
    AdjustableClock clock;

    @Test
    void myStatusCountsMyReservationsAndTheListShowsThemSoonestFirst() {
        ViewWorld w = new ViewWorld("Asia/Seoul");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        UUID third = w.ticket(w.a, "IN_PROGRESS").to(VIEWER, w.mine).insert();
        UUID first = w.ticket(w.a, "ON_HOLD").to(VIEWER, w.mine).insert();
        UUID second = w.ticket(w.a, "ESCALATED").to(VIEWER, w.mine).insert();
        reserve(third, now.plus(Duration.ofHours(3)), "Ask for the manager");
        reserve(first, now.plus(Duration.ofHours(1)), null);
        reserve(second, now.plus(Duration.ofHours(2)), null);
        UUID overdue = w.ticket(w.b, "IN_PROGRESS").to(VIEWER, null).insert();
        promise(overdue, now.minus(Duration.ofMinutes(10)));
        // not mine, deleted, or of a service I am not in: neither counted nor listed
        promise(w.ticket(w.a, "IN_PROGRESS").to(OTHER, w.notMine).insert(), now.plus(Duration.ofMinutes(5)));
        ViewWorld.Ticket deleted = w.ticket(w.a, "IN_PROGRESS").to(VIEWER, w.mine);
        deleted.deleted = true;
        promise(deleted.insert(), now.plus(Duration.ofMinutes(5)));
        promise(w.ticket(w.c, "IN_PROGRESS").to(VIEWER, null).insert(), now.plus(Duration.ofMinutes(5)));
        UUID plain = w.ticket(w.a, "IN_PROGRESS").to(VIEWER, w.mine).insert();

        JsonPath status = given().get("/api/v1/me/status").then().statusCode(200).extract().jsonPath();
        String a = "services.find { it.service == '" + w.a + "' }.";
        String b = "services.find { it.service == '" + w.b + "' }.";
        assertEquals(3, status.getLong(a + "callbacks"));
        assertEquals(0, status.getLong(a + "callbacksDue"));
        assertEquals(1, status.getLong(b + "callbacks"));
        assertEquals(1, status.getLong(b + "callbacksDue"));
        assertEquals(2, status.getLong(a + "inProgress"), "the reservations change no other figure");

        clock.advance(Duration.ofMinutes(90));
        status = given().get("/api/v1/me/status").then().statusCode(200).extract().jsonPath();
        assertEquals(3, status.getLong(a + "callbacks"));
        assertEquals(1, status.getLong(a + "callbacksDue"), "the one of 1 h has come");

        JsonPath list = given().get("/api/v1/me/callbacks").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(overdue.toString(), first.toString(), second.toString(), third.toString()),
                list.getList("ticketId"));
        assertEquals(List.of(true, true, false, false), list.getList("due"));
        assertEquals(List.of(w.b, w.a, w.a, w.a), list.getList("serviceCode"));
        assertEquals(List.of("IN_PROGRESS", "ON_HOLD", "ESCALATED", "IN_PROGRESS"), list.getList("status"));
        assertEquals(now.plus(Duration.ofHours(3)).toString(), list.getString("[3].at"));
        assertEquals("Ask for the manager", list.getString("[3].note"));
        assertEquals("010-1234-5678", list.getString("[3].phone"));
        assertEquals(VIEWER, list.getString("[3].reservedBy"));
        assertEquals("Kim Minsu", list.getString("[3].customerName"));
        assertEquals("A question", list.getString("[3].title"));
        assertEquals(w.a + "-1", list.getString("[3].number"));

        // done and cancelled reservations leave the list and the counts
        given().contentType(ContentType.JSON).post("/api/v1/tickets/" + first + "/callback/done").then().statusCode(200);
        given().delete("/api/v1/tickets/" + third + "/callback").then().statusCode(200);
        assertEquals(List.of(overdue.toString(), second.toString()),
                given().get("/api/v1/me/callbacks").then().extract().jsonPath().getList("ticketId"));
        status = given().get("/api/v1/me/status").then().extract().jsonPath();
        assertEquals(1, status.getLong(a + "callbacks"));
        assertEquals(0, status.getLong(a + "callbacksDue"));
        given().get("/api/v1/tickets/" + plain).then().statusCode(200).body("callback", nullValue());
    }

    @Test
    void anOperatorOfNoServiceHasNone() {
        new ViewWorld("UTC");
        ViewWorld.run("delete from membership where username = '" + VIEWER + "'");
        given().get("/api/v1/me/callbacks").then().statusCode(200).body("size()", equalTo(0));
        given().get("/api/v1/me/status").then().statusCode(200).body("services.size()", equalTo(0));
    }

    private static void reserve(UUID ticket, Instant at, String note) {
        given().contentType(ContentType.JSON).body("{\"at\": \"" + at + "\", \"phone\": \"010-1234-5678\""
                        + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}")
                .put("/api/v1/tickets/" + ticket + "/callback").then().statusCode(200);
    }

    /** A reservation written straight into the row, also where the API would refuse one (the past, others' tickets). */
    private static void promise(UUID ticket, Instant at) {
        ViewWorld.run("update ticket set callback_at = " + q(at) + ", callback_phone = '02-123-4567', "
                + "callback_reserved_by = 'someone' where id = " + q(ticket));
    }
}
