package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An SLA policy through the real stack: alice sets a two-minute first response (warned a minute before) for tickets with a
 * tag; a ticket with it is warned in real time. escalation-service is then stopped until the breach is past due: started
 * again, it breaches the ticket once, with its history, one raised priority and one mail to its assignee.
 */
class SlaIT {

    static final Path LOG = Stack.ROOT.resolve("deploy/system-tests/target/sla-restart.log");

    @Test
    void aTicketNotAnsweredInTimeIsWarnedThenBreachedOnceEvenWhenTheBreachFellDueWhileTheServiceWasDown()
            throws InterruptedException {
        String tag = "sla-it-" + System.nanoTime();
        String alice = Stack.userToken("alice");
        String location = as(alice).contentType(ContentType.JSON).body(Map.of("name", "Two minutes (" + tag + ")",
                        "conditions", List.of(Map.of("target", "tags", "operator", "in", "values", List.of(tag))),
                        "targets", Map.of("NORMAL", Map.of("firstResponse", "PT2M"), "HIGH", Map.of("firstResponse", "PT2M")),
                        "hours", "CALENDAR",
                        "warnBefore", "PT1M", "onBreach", Map.of("raisePriority", true)))
                .post("/api/v1/sla/services/CS/policies").then().log().ifValidationFails().statusCode(201).extract().header("Location");
        try {
            String bob = Stack.userToken("bob");
            Instant created = Instant.now();
            String id = as(bob).contentType(ContentType.JSON).body("""
                    {"title": "Where is my refund? %s", "content": "환불이 아직입니다.", "tags": ["%s"],
                     "customer": {"email": "kim.minji@example.com", "name": "Kim Minji"}}""".formatted(tag, tag))
                    .post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");

            JsonPath running = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> as(Stack.userToken("bob")).get("/api/v1/tickets/" + id).then().extract().jsonPath(),
                            t -> t.get("sla") != null && t.get("assignee") != null);
            assertEquals("FIRST_RESPONSE", running.getString("sla.clocks[0].metric"));
            Instant due = Instant.parse(running.getString("sla.clocks[0].dueAt"));
            assertTrue(Duration.between(created, due).minusMinutes(2).abs().getSeconds() < 10,
                    "due two minutes after creation: " + due);
            String assignee = running.getString("assignee.username");
            String number = running.getString("number");

            await().atMost(Duration.ofSeconds(100)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> history(id), types -> types.contains("SLA_WARNING"));
            assertEquals(0, Stack.run(LOG, Duration.ofMinutes(1), "./switchboard", "stop", "escalation-service"),
                    Stack.tail(LOG));
            try {
                // the breach falls due while nothing runs its timers
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), due.plusSeconds(5)).toMillis()));
                assertEquals(List.of(), history(id).stream().filter("SLA_BREACHED"::equals).toList());
            } finally {
                assertEquals(0, Stack.run(LOG, Duration.ofMinutes(3), "./switchboard", "start", "escalation-service"),
                        Stack.tail(LOG));
            }

            JsonPath breached = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> as(Stack.userToken("bob")).get("/api/v1/tickets/" + id).then().extract().jsonPath(),
                            t -> "HIGH".equals(t.getString("priority")) && t.getBoolean("sla.overdue"));
            assertEquals("BREACHED", breached.getString("sla.clocks[0].state"));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Stack.mailSubjects(assignee + "@example.com"),
                            subjects -> subjects.stream().anyMatch(s -> s.contains("SLA breached") && s.contains(number)));
            // once: a second firing would write a second line, raise the priority to URGENT and mail again
            Thread.sleep(5_000);
            assertEquals(1, history(id).stream().filter("SLA_BREACHED"::equals).count(), "history: " + history(id));
            assertEquals("HIGH", as(Stack.userToken("bob")).get("/api/v1/tickets/" + id).then().extract().path("priority"));
            assertEquals(1, Stack.mailSubjects(assignee + "@example.com").stream()
                    .filter(s -> s.contains("SLA breached") && s.contains(number)).count());
            as(Stack.userToken(assignee)).get("/api/v1/me/status").then().statusCode(200)
                    .body("services.find { it.service == 'CS' }.slaOverdue", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        } finally {
            as(Stack.userToken("alice")).delete(location.substring(Stack.GATEWAY.length())).then().statusCode(equalTo(204));
        }
    }

    private static List<String> history(String ticketId) {
        return as(Stack.userToken("bob")).get("/api/v1/tickets/" + ticketId + "/events").then().statusCode(200)
                .extract().path("type");
    }
}
