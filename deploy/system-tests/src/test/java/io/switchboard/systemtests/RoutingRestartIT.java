package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * routing-service keeps its round-robin position in its database: after a restart the demo trigger goes on
 * with the next operator of Support, and tickets created while it was down are routed when it is back.
 */
class RoutingRestartIT {

    static final Path LOG = Stack.ROOT.resolve("deploy/system-tests/target/routing-restart.log");

    @Test
    void roundRobinContinuesAfterARestart() {
        String bob = Stack.userToken("bob");
        String before = assigneeOf(bob, create(bob, "Before the restart"));

        assertEquals(0, Stack.run(LOG, Duration.ofMinutes(1), "./switchboard", "stop", "routing-service"), Stack.tail(LOG));
        String during;
        try {
            during = create(bob, "While routing is down");
            assertEquals("UNASSIGNED", as(bob).get("/api/v1/tickets/" + during).then().extract().path("status"));
        } finally {
            assertEquals(0, Stack.run(LOG, Duration.ofMinutes(3), "./switchboard", "start", "routing-service"),
                    Stack.tail(LOG));
        }
        String after = assigneeOf(bob, during);
        assertNotEquals(before, after, "Support has bob and carol: the next one after " + before);
        as(bob).get("/api/v1/tickets/" + during + "/events").then().statusCode(200)
                .body("summary", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("round-robin")));
    }

    private static String create(String token, String title) {
        return as(token).contentType(ContentType.JSON).body(Stack.newTicket(title + " " + System.nanoTime()))
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
    }

    private static String assigneeOf(String token, String id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> as(token).get("/api/v1/tickets/" + id).then().extract().<String>path("assignee.username"),
                        a -> a != null);
    }
}
