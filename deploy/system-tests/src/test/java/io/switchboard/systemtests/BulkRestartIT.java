package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A bulk job survives ticket-service being killed (kill -9) in the middle of it: after the restart the worker does
 * the tickets still pending, and no ticket is done twice — each gets exactly one comment. The same request sent
 * again with its Idempotency-Key answers the same job and runs nothing more.
 */
class BulkRestartIT {

    static final Path LOG = Stack.ROOT.resolve("deploy/system-tests/target/bulk-restart.log");
    static final int TICKETS = 200;

    @Test
    void aJobKilledMidwayResumesAfterTheRestartAndDoesNoTicketTwice() throws Exception {
        String alice = Stack.userToken("alice");
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            ids.add(as(alice).contentType(ContentType.JSON).body(Stack.newTicket("Bulk " + run + " " + i))
                    .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id"));
        }
        String note = "Bulk note " + run;
        String job = """
                {"ticketIds": [%s], "action": "comment", "body": "%s"}""".formatted(
                ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")), note);
        String key = "bulk-restart-" + run;
        String jobId = as(alice).contentType(ContentType.JSON).header("Idempotency-Key", key).body(job)
                .when().post("/api/v1/bulk-jobs").then().statusCode(202).extract().path("id");
        String jobPath = "/api/v1/bulk-jobs/" + jobId;

        // kill as soon as the worker has done some, but not all
        int doneAtKill = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> as(alice).get(jobPath).then().statusCode(200).extract().<Integer>path("done"),
                        done -> done > 0);
        long pid = Long.parseLong(Files.readString(Stack.ROOT.resolve(".switchboard/pids/ticket-service.pid")).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(20)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        assertTrue(doneAtKill < TICKETS, "the job was killed midway (" + doneAtKill + " of " + TICKETS + " done)");
        assertEquals(0, Stack.run(LOG, Duration.ofMinutes(3), "./switchboard", "start", "ticket-service"),
                Stack.tail(LOG));

        JsonPath finished = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> as(alice).get(jobPath).then().statusCode(200).extract().jsonPath(),
                        j -> "FINISHED".equals(j.getString("status")));
        assertEquals(TICKETS, finished.getInt("total"));
        assertEquals(TICKETS, finished.getInt("done"), () -> "failed: " + finished.getList("results.problem"));
        assertEquals(0, finished.getInt("failed"));
        for (String id : ids) {
            List<String> bodies = as(alice).get("/api/v1/tickets/" + id + "/messages").then().statusCode(200)
                    .extract().jsonPath().getList("findAll { it.type == 'INTERNAL_COMMENT' }.body");
            assertEquals(1, bodies.stream().filter(b -> b.contains(note)).count(), "one comment on " + id);
        }

        String again = as(alice).contentType(ContentType.JSON).header("Idempotency-Key", key).body(job)
                .when().post("/api/v1/bulk-jobs").then().statusCode(202).extract().path("id");
        assertEquals(jobId, again, "the same key answers the same job");
        as(alice).get(jobPath).then().statusCode(200).body("done", org.hamcrest.Matchers.equalTo(TICKETS));

        // the killed instance's Kafka consumers are only dropped from their groups when their sessions time out; a
        // new ticket is assigned once the restarted one consumes routing decisions again (the next tests need it)
        String probe = as(alice).contentType(ContentType.JSON).body(Stack.newTicket("Bulk " + run + " after"))
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> as(alice).get("/api/v1/tickets/" + probe).then().extract().<String>path("status"),
                        "IN_PROGRESS"::equals);
    }
}
