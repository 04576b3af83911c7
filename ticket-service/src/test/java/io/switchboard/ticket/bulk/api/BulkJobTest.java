package io.switchboard.ticket.bulk.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.Db.count;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.AdjustableClock;
import io.switchboard.ticket.Db;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.bulk.application.BulkJobs;
import io.switchboard.ticket.bulk.application.BulkWorker;
import io.switchboard.ticket.bulk.persistence.BulkJobRepository;
import io.switchboard.ticket.ticket.api.Identities;
import io.switchboard.ticket.ticket.api.TicketApiTest;
import io.switchboard.ticket.ticket.application.MessageDraft;
import io.switchboard.ticket.ticket.application.TicketLifecycle;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk processing through the REST API. The test profile turns the scheduled worker off; each test runs
 * {@link BulkWorker#processPending} itself, so it knows exactly how far a job has got.
 */
@QuarkusTest
class BulkJobTest {

    static final String SUPPORT = "a0000000-0000-4000-8000-000000000001";

    @Inject
    BulkWorker worker;

    @Inject
    BulkJobRepository repository;

    @Inject
    TicketLifecycle lifecycle;

    @Inject
    EntityManager entityManager;

    @Inject
    AdjustableClock clock;

    @Inject
    @Any
    InMemoryConnector connector;

    /** Every test starts with no pending items, so the worker's steps are the test's own. */
    @BeforeEach
    void finishEarlierJobs() {
        while (worker.processPending(BulkJobs.MAX_TICKETS) > 0) {
            // until no item is pending
        }
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aJobResolvesWhatItMayAndReportsEachRefusalAsTheSingleActionWould() {
        String first = keptBy("bob");
        String second = keptBy("bob");
        String resolved = keptBy("bob");
        given().contentType(ContentType.JSON).body("{\"body\": \"Solved earlier\"}")
                .when().post("/api/v1/tickets/" + resolved + "/resolve").then().statusCode(200);
        String stale = TicketApiTest.create("CS");
        long seenVersion = version(stale);
        keep(stale); // changed after bob looked at it
        String carols = keptBy("carol");
        String otherService = Identities.as("dave", "agent", () -> TicketApiTest.create("DEV"));
        List<String> ids = List.of(first, second, resolved, stale, carols, otherService);
        String body = "{\"ticketIds\": " + json(ids) + ", \"action\": \"resolve\", \"body\": \"Refunded today.\", "
                + "\"versions\": {\"" + first + "\": " + version(first) + ", \"" + stale + "\": " + seenVersion + "}}";

        var created = post(body).then().statusCode(202).extract();
        String jobId = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/api/v1/bulk-jobs/" + jobId), created.header("Location"));
        given().when().get("/api/v1/bulk-jobs/" + jobId).then().statusCode(200)
                .body("action", equalTo("resolve")).body("status", equalTo("QUEUED"))
                .body("total", equalTo(6)).body("done", equalTo(0)).body("failed", equalTo(0))
                .body("createdBy", equalTo("bob")).body("finishedAt", nullValue())
                .body("results.ticketId", contains(ids.toArray()))
                .body("results.outcome", everyItem(equalTo("PENDING")))
                .body("results[0].number", equalTo(number(first)))
                .body("results[5].number", nullValue()); // bob cannot see DEV's ticket, so not its number either

        assertEquals(6, worker.processPending(100));

        given().when().get("/api/v1/bulk-jobs/" + jobId).then().statusCode(200)
                .body("status", equalTo("FINISHED")).body("done", equalTo(2)).body("failed", equalTo(4))
                .body("finishedAt", notNullValue())
                .body("results.outcome", contains("DONE", "DONE", "FAILED", "FAILED", "FAILED", "FAILED"))
                .body("results[0].problem", nullValue())
                .body("results[2].problem.status", equalTo(409)).body("results[2].problem.code", equalTo("conflict"))
                .body("results[2].problem.currentStatus", equalTo("RESOLVED"))
                .body("results[2].problem.allowedActions", hasItem("comment"))
                .body("results[2].problem.detail", containsString("resolve is not possible"))
                .body("results[3].problem.status", equalTo(409))
                .body("results[3].problem.code", equalTo("stale-version"))
                .body("results[3].problem.detail", containsString("has changed"))
                .body("results[4].problem.status", equalTo(403)).body("results[4].problem.code", equalTo("forbidden"))
                .body("results[5].problem.status", equalTo(404)).body("results[5].problem.code", equalTo("not-found"))
                .body("results[5].problem.title", equalTo("Not Found"));

        for (String done : List.of(first, second)) {
            given().when().get("/api/v1/tickets/" + done).then().body("status", equalTo("RESOLVED"));
            assertEquals(1, messages(done, "FINAL_REPLY"));
            await().until(() -> published(done).contains("\"type\":\"MessageAdded\""));
        }
        assertEquals(1, messages(resolved, "FINAL_REPLY"), "only its own earlier reply");
        for (String refused : List.of(stale, carols)) {
            assertEquals(0, messages(refused, "FINAL_REPLY"));
            assertEquals(0L, count("select count(*) from outbox_event where aggregate_id = '" + refused
                    + "' and type = 'MessageAdded'"));
            assertEquals(false, published(refused).contains("\"type\":\"MessageAdded\""), "no reply was published");
            given().when().get("/api/v1/tickets/" + refused).then().body("status", equalTo("IN_PROGRESS"));
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aReplyWithAForbiddenWordFailsEachTicketAsTheSingleHoldWould() {
        String word = "금지" + UUID.randomUUID().toString().substring(0, 4);
        String wordId = given().contentType(ContentType.JSON).body("{\"word\": \"" + word + "\"}")
                .when().post("/api/v1/services/CS/forbidden-words").then().statusCode(201).extract().path("id");
        try {
            List<String> ids = List.of(keptBy("bob"), keptBy("bob"));
            String jobId = Identities.as("bob", "agent", () -> post("{\"ticketIds\": " + json(ids)
                    + ", \"action\": \"hold\", \"body\": \"이건 " + word + "입니다\"}").then().statusCode(202)
                    .extract().<String>path("id"));
            worker.processPending(100);
            Identities.as("bob", "agent", () -> given().when().get("/api/v1/bulk-jobs/" + jobId).then()
                    .body("failed", equalTo(2))
                    .body("results.problem.status", everyItem(equalTo(400)))
                    .body("results.problem.code", everyItem(equalTo("validation")))
                    .body("results[0].problem.errors[0].field", equalTo("body"))
                    .body("results[0].problem.forbiddenWords", contains(word)));
            ids.forEach(id -> assertEquals(0, messages(id, "INTERIM_REPLY")));
        } finally {
            given().when().delete("/api/v1/services/CS/forbidden-words/" + wordId);
        }
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void eachTicketIsCheckedAsTheSingleActionChecksIt() {
        List<String> ids = List.of(keptBy("bob"), TicketApiTest.create("CS"));
        String assign = "{\"ticketIds\": " + json(ids) + ", \"action\": \"assign\", \"groupId\": \"" + SUPPORT
                + "\", \"assignee\": \"carol\"}";
        String bobsJob = post(assign).then().statusCode(202).extract().path("id");
        worker.processPending(100);
        given().when().get("/api/v1/bulk-jobs/" + bobsJob).then() // assign is for service admins
                .body("results.outcome", contains("FAILED", "FAILED"))
                .body("results.problem.status", everyItem(equalTo(403)));

        String alicesJob = Identities.as("alice", "agent", () -> post(assign).then().statusCode(202).extract().<String>path("id"));
        worker.processPending(100);
        Identities.as("alice", "agent", () -> given().when().get("/api/v1/bulk-jobs/" + alicesJob).then()
                .body("status", equalTo("FINISHED")).body("results.outcome", contains("DONE", "DONE")));
        ids.forEach(id -> given().when().get("/api/v1/tickets/" + id).then()
                .body("assignee.username", equalTo("carol")).body("status", equalTo("IN_PROGRESS")));

        String forward = "{\"ticketIds\": " + json(List.of(ids.get(0))) + ", \"action\": \"forward\", \"groupId\": \""
                + SUPPORT + "\", \"note\": \"Please take these\"}";
        String forwarded = post(forward).then().statusCode(202).extract().path("id");
        worker.processPending(100);
        // bob may forward, but only his own tickets: this one is carol's now
        given().when().get("/api/v1/bulk-jobs/" + forwarded).then().body("results[0].problem.status", equalTo(403));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void theSameIdempotencyKeyAndBodyStartOneJobThatMailsEachCustomerOnce() {
        List<String> ids = List.of(keptBy("bob"), keptBy("bob"));
        String body = "{\"ticketIds\": " + json(ids) + ", \"action\": \"resolve\", \"body\": \"Done.\"}";
        String key = "bulk-" + UUID.randomUUID();
        String jobId = post(body, key).then().statusCode(202).extract().path("id");
        post(body, key).then().statusCode(202).header("Idempotent-Replayed", "true").body("id", equalTo(jobId));
        post(body.replace("Done.", "Done!"), key).then().statusCode(422).contentType("application/problem+json");
        assertEquals(1L, count("select count(*) from bulk_job_item where ticket_id = '" + ids.get(0) + "'"));

        worker.processPending(100);
        post(body, key).then().statusCode(202).body("id", equalTo(jobId));
        worker.processPending(100);
        for (String id : ids) {
            assertEquals(1, messages(id, "FINAL_REPLY"));
            await().until(() -> published(id).contains("FINAL_REPLY"));
            assertEquals(1, published(id).lines().filter(e -> e.contains("\"FINAL_REPLY\"")).count());
        }
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aReplyWithReplacementCodesIsFilledFromEachTicketAndEscapedInHtml() {
        String minji = keptBy("bob", "김민지");
        String hanako = keptBy("bob", "山田 花子");
        String script = keptBy("bob", "<b>Eve</b>");
        String body = "<p>{{customer.name}} 님, {{ticket.number}} 처리했습니다. {{ service.name }}</p>";
        post("{\"ticketIds\": " + json(List.of(minji, hanako, script)) + ", \"action\": \"resolve\", \"format\": "
                + "\"HTML\", \"body\": \"" + body + "\"}").then().statusCode(202);
        worker.processPending(100);

        assertEquals("<p>김민지 님, " + number(minji) + " 처리했습니다. Customer Support</p>", reply(minji));
        assertEquals("<p>山田 花子 님, " + number(hanako) + " 처리했습니다. Customer Support</p>", reply(hanako));
        assertEquals("<p>&lt;b&gt;Eve&lt;/b&gt; 님, " + number(script) + " 처리했습니다. Customer Support</p>", reply(script));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anUnknownReplacementCodeIsA400AndStartsNothing() {
        long jobs = count("select count(*) from bulk_job");
        refused("{\"ticketIds\": " + json(List.of(keptBy("bob"))) + ", \"action\": \"comment\", "
                + "\"body\": \"{{customer.nmae}} {{고객명}} {{customer.nmae}}\"}", "body")
                .body("errors[0].message", equalTo("uses unknown replacement codes: {{customer.nmae}}, {{고객명}}"));
        assertEquals(jobs, count("select count(*) from bulk_job"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anHtmlReplyWithNothingLeftOnceCleanedIsA400AndStartsNothing() {
        long jobs = count("select count(*) from bulk_job");
        refused("{\"ticketIds\": " + json(List.of(keptBy("bob"))) + ", \"action\": \"resolve\", \"format\": \"HTML\", "
                + "\"body\": \"<script>alert(1)</script>\"}", "body")
                .body("errors[0].message", equalTo("has nothing left once scripts and unsupported markup are removed"));
        assertEquals(jobs, count("select count(*) from bulk_job"));
    }

    /**
     * A crash mid-job, both ways it can happen: the worker stops after some items (their actions and outcomes are
     * committed together), and an item's transaction rolls back half-way (nothing of it stays, the item is pending).
     * The next run does the rest once and redoes nothing.
     */
    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aJobStoppedMidwayResumesWithTheRestAndRedoesNothing() {
        List<String> ids = IntStream.range(0, 5).mapToObj(i -> keptBy("bob")).toList();
        String jobId = post("{\"ticketIds\": " + json(ids) + ", \"action\": \"comment\", \"body\": \"Checked\"}")
                .then().statusCode(202).extract().path("id");

        assertEquals(2, worker.processPending(2)); // the worker stops here, as if its instance died
        given().when().get("/api/v1/bulk-jobs/" + jobId).then()
                .body("status", equalTo("RUNNING")).body("done", equalTo(2))
                .body("results.outcome", contains("DONE", "DONE", "PENDING", "PENDING", "PENDING"));

        // the next item's transaction dies after its comment was written: the comment goes with it
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                BulkJobRepository.Claimed item = repository.claimNext(Instant.now()).orElseThrow();
                assertEquals(ids.get(2), item.ticketId().toString());
                lifecycle.comment(new Caller("bob", null, null, Set.of(Caller.AGENT)), item.ticketId(),
                        TicketLifecycle.Expected.ANY, new MessageDraft("Checked", null));
                throw new IllegalStateException("the instance died");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertEquals(0, messages(ids.get(2), "INTERNAL_COMMENT"));

        assertEquals(3, worker.processPending(100));
        assertEquals(0, worker.processPending(100));
        given().when().get("/api/v1/bulk-jobs/" + jobId).then()
                .body("status", equalTo("FINISHED")).body("done", equalTo(5));
        ids.forEach(id -> assertEquals(1, messages(id, "INTERNAL_COMMENT"), id));
    }

    /**
     * A ticket whose row a stuck transaction holds: its item waits at most the lock timeout, is put back for a later
     * try while the rest of the job goes on, succeeds once the lock is gone, and fails for good after the last try.
     */
    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aTicketLockedElsewhereIsTriedAgainLaterWhileTheRestGoOn() throws Exception {
        List<String> ids = IntStream.range(0, 3).mapToObj(i -> keptBy("bob")).toList();
        String jobId = post("{\"ticketIds\": " + json(ids) + ", \"action\": \"comment\", \"body\": \"Checked\"}")
                .then().statusCode(202).extract().path("id");
        try (RowLock lock = new RowLock(ids.get(0))) {
            worker.processPending(100);
            given().when().get("/api/v1/bulk-jobs/" + jobId).then()
                    .body("results.outcome", contains("PENDING", "DONE", "DONE"));
            worker.processPending(100); // not due yet: no wait on the lock again
            assertEquals(1, count("select attempts from bulk_job_item where ticket_id = '" + ids.get(0) + "'"));
        }
        clock.advance(Duration.ofMinutes(10));
        worker.processPending(100);
        given().when().get("/api/v1/bulk-jobs/" + jobId).then().body("status", equalTo("FINISHED"))
                .body("done", equalTo(3));
        ids.forEach(id -> assertEquals(1, messages(id, "INTERNAL_COMMENT"), id));

        String stuck = post("{\"ticketIds\": " + json(ids.subList(0, 1)) + ", \"action\": \"comment\", "
                + "\"body\": \"Again\"}").then().statusCode(202).extract().path("id");
        try (RowLock lock = new RowLock(ids.get(0))) {
            for (int attempt = 0; attempt < 5; attempt++) {
                worker.processPending(100);
                clock.advance(Duration.ofMinutes(10));
            }
        }
        given().when().get("/api/v1/bulk-jobs/" + stuck).then().body("status", equalTo("FINISHED"))
                .body("failed", equalTo(1)).body("results[0].problem.status", notNullValue());
        assertEquals(1, messages(ids.get(0), "INTERNAL_COMMENT"));
    }

    /** Holds a ticket's row lock in a transaction of its own until closed, as a stuck transaction would. */
    private final class RowLock implements AutoCloseable {
        private final CountDownLatch release = new CountDownLatch(1);
        private final Future<?> holder;

        RowLock(String ticketId) throws InterruptedException {
            CountDownLatch held = new CountDownLatch(1);
            holder = Executors.newSingleThreadExecutor().submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("select id from ticket where id = :id for update")
                        .setParameter("id", UUID.fromString(ticketId)).getResultList();
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            held.await();
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            holder.get();
        }
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void twoWorkersShareAJobAndDoEachTicketOnce() throws Exception {
        List<String> ids = IntStream.range(0, 12).mapToObj(i -> keptBy("bob")).toList();
        post("{\"ticketIds\": " + json(ids) + ", \"action\": \"comment\", \"body\": \"Seen\"}").then().statusCode(202);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> worker.processPending(100);
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
            assertEquals(12, runs.get(0).get() + runs.get(1).get());
        } finally {
            pool.shutdown();
        }
        ids.forEach(id -> assertEquals(1, messages(id, "INTERNAL_COMMENT"), id));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aBadEnvelopeIsA400NamingTheMemberAndStartsNothing() {
        String ticket = TicketApiTest.create("CS");
        long jobs = count("select count(*) from bulk_job");
        String ids = json(List.of(ticket));
        refused("{\"ticketIds\": [], \"action\": \"comment\", \"body\": \"x\"}", "ticketIds");
        refused("{\"ticketIds\": " + json(IntStream.range(0, 501).mapToObj(i -> UUID.randomUUID().toString()).toList())
                + ", \"action\": \"comment\", \"body\": \"x\"}", "ticketIds");
        refused("{\"ticketIds\": [\"" + ticket + "\", \"" + ticket + "\"], \"action\": \"comment\", \"body\": \"x\"}",
                "ticketIds").body("errors[0].message", containsString("more than once"));
        refused("{\"ticketIds\": " + ids + ", \"action\": \"close\", \"body\": \"x\"}", "action")
                .body("errors[0].message", containsString("comment, hold, resolve, assign, forward"));
        refused("{\"ticketIds\": " + ids + ", \"body\": \"x\"}", "action");
        refused("{\"ticketIds\": " + ids + ", \"action\": \"resolve\"}", "body");
        refused("{\"ticketIds\": " + ids + ", \"action\": \"resolve\", \"body\": \"  \"}", "body");
        refused("{\"ticketIds\": " + ids + ", \"action\": \"comment\", \"body\": \"x\", \"groupId\": \"" + SUPPORT + "\"}",
                "groupId").body("errors[0].message", equalTo("is not used by comment"));
        refused("{\"ticketIds\": " + ids + ", \"action\": \"assign\", \"groupId\": \"" + SUPPORT + "\"}", "assignee");
        refused("{\"ticketIds\": " + ids + ", \"action\": \"forward\", \"assignee\": \"carol\"}", "groupId");
        refused("{\"ticketIds\": " + ids + ", \"action\": \"comment\", \"body\": \"x\", \"format\": \"PDF\"}", "format");
        refused("{\"ticketIds\": " + ids + ", \"action\": \"comment\", \"body\": \"x\", \"attachments\": []}",
                "attachments");
        refused("{\"ticketIds\": " + ids + ", \"action\": \"comment\", \"body\": \"x\", \"versions\": {\""
                + SUPPORT + "\": 1}}", "versions." + SUPPORT);
        refused("{\"ticketIds\": [\"not-a-uuid\"], \"action\": \"comment\", \"body\": \"x\"}", "ticketIds[0]");
        assertEquals(jobs, count("select count(*) from bulk_job"));

        String largest = given().contentType(ContentType.JSON).body("{\"ticketIds\": " + json(IntStream.range(0, 500)
                        .mapToObj(i -> UUID.randomUUID().toString()).toList()) + ", \"action\": \"comment\", \"body\": \"x\"}")
                .when().post("/api/v1/bulk-jobs").then().statusCode(202).body("total", equalTo(500)).extract().path("id");
        // 500 tickets that do not exist: not worth processing here
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from bulk_job where id = :id")
                .setParameter("id", UUID.fromString(largest)).executeUpdate());
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aJobIsItsCreatorsAndItsServiceAdminsAndNobodyElses() {
        String jobId = post("{\"ticketIds\": " + json(List.of(keptBy("bob"))) + ", \"action\": \"comment\", "
                + "\"body\": \"x\"}").then().statusCode(202).extract().path("id");
        given().when().get("/api/v1/bulk-jobs").then().statusCode(200).body("id", hasItem(jobId))
                .body("[0].results", nullValue()).body("find { it.id == '" + jobId + "' }.status", equalTo("QUEUED"))
                .body("find { it.id == '" + jobId + "' }.finishedAt", nullValue());
        worker.processPending(100);
        given().when().get("/api/v1/bulk-jobs").then().rootPath("find { it.id == '" + jobId + "' }")
                .body("status", equalTo("FINISHED")).body("total", equalTo(1)).body("done", equalTo(1))
                .body("failed", equalTo(0)).body("finishedAt", notNullValue());
        Identities.as("carol", "agent", () -> given().when().get("/api/v1/bulk-jobs/" + jobId).then()
                .statusCode(404).contentType("application/problem+json"));
        Identities.as("carol", "agent", () -> given().when().get("/api/v1/bulk-jobs").then()
                .body("id", not(hasItem(jobId))));
        Identities.as("dave", "agent", () -> given().when().get("/api/v1/bulk-jobs/" + jobId).then().statusCode(404));
        Identities.as("alice", "agent", () -> given().when().get("/api/v1/bulk-jobs/" + jobId).then().statusCode(200)
                .body("createdBy", equalTo("bob")));
        given().when().get("/api/v1/bulk-jobs/" + UUID.randomUUID()).then().statusCode(404);
        given().when().get("/api/v1/bulk-jobs/nope").then().statusCode(400);
        worker.processPending(100);
    }

    private io.restassured.response.ValidatableResponse refused(String body, String field) {
        return post(body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/bulk-jobs");
    }

    private static Response post(String body, String key) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/bulk-jobs");
    }

    private static String keptBy(String operator) {
        return Identities.as(operator, "agent", () -> {
            String id = TicketApiTest.create("CS");
            keep(id);
            return id;
        });
    }

    /** A CS ticket of the customer, kept by the operator. */
    private static String keptBy(String operator, String customerName) {
        return Identities.as(operator, "agent", () -> {
            String id = given().contentType(ContentType.JSON).body(Map.of("title", "Order", "content", "Where is it?",
                            "customer", Map.of("email", "c" + UUID.randomUUID() + "@example.com", "name", customerName)))
                    .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().<String>path("id");
            keep(id);
            return id;
        });
    }

    private static String reply(String ticketId) {
        return Db.text("select body from ticket_message where ticket_id = '" + ticketId + "' and type = 'FINAL_REPLY'");
    }

    private static void keep(String id) {
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/tickets/" + id + "/keep")
                .then().statusCode(200);
    }

    private static long version(String id) {
        return Identities.as("bob", "agent", () -> given().when().get("/api/v1/tickets/" + id).then()
                .extract().<Number>path("version").longValue());
    }

    private static String number(String id) {
        return Identities.as("bob", "agent", () -> given().when().get("/api/v1/tickets/" + id).then()
                .extract().<String>path("number"));
    }

    private static long messages(String ticketId, String type) {
        return count("select count(*) from ticket_message where ticket_id = '" + ticketId + "' and type = '" + type + "'");
    }

    /** The payloads published for the ticket so far, one a line. */
    private String published(String ticketId) {
        return connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"subject\":\"" + ticketId + "\"")).collect(Collectors.joining("\n"));
    }

    private static String json(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
