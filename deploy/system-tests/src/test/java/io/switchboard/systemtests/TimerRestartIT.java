package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Auto-complete timers are rows, not in-memory schedules: a resolved ticket whose timer falls due while
 * ticket-service is down is completed as soon as it is back.
 */
class TimerRestartIT {

    static final Path LOG = Stack.ROOT.resolve("deploy/system-tests/target/timer-restart.log");
    static final String TICKET_DB = "jdbc:postgresql://127.0.0.1:15432/ticket";

    @Test
    void aTimerThatFellDueWhileTheServiceWasDownFiresAfterTheRestart() throws SQLException {
        String bob = Stack.userToken("bob");
        String id = as(bob).contentType(ContentType.JSON).body(Stack.newTicket("Timer " + UUID.randomUUID()))
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        String assignee = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(bob).get("/api/v1/tickets/" + id).then().extract().<String>path("assignee.username"),
                        a -> a != null);
        as(Stack.userToken(assignee)).contentType(ContentType.JSON).body("{\"body\": \"Refunded.\"}")
                .when().post("/api/v1/tickets/" + id + "/resolve").then().statusCode(200);

        assertEquals(0, Stack.run(LOG, Duration.ofMinutes(1), "./switchboard", "stop", "ticket-service"), Stack.tail(LOG));
        try {
            // the 14 days pass while the service is down
            assertEquals(1, moveTimerIntoThePast(id), "the resolve scheduled one auto-complete timer");
        } finally {
            assertEquals(0, Stack.run(LOG, Duration.ofMinutes(3), "./switchboard", "start", "ticket-service"),
                    Stack.tail(LOG));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> as(bob).get("/api/v1/tickets/" + id).then().extract().path("status"), "COMPLETED"::equals);
        as(bob).get("/api/v1/tickets/" + id + "/events").then().statusCode(200)
                .body("actor", org.hamcrest.Matchers.hasItem("system"));
    }

    private static int moveTimerIntoThePast(String ticketId) throws SQLException {
        try (Connection db = DriverManager.getConnection(TICKET_DB, "switchboard", "switchboard");
             PreparedStatement update = db.prepareStatement("""
                     update ticket_timer set due_at = now() - interval '1 minute'
                     where ticket_id = ?::uuid and kind = 'AUTO_COMPLETE'""")) {
            update.setString(1, ticketId);
            return update.executeUpdate();
        }
    }
}
