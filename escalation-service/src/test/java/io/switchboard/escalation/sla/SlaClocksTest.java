package io.switchboard.escalation.sla;

import static io.restassured.RestAssured.given;
import static io.switchboard.escalation.sla.SlaFixture.WEEKDAYS;
import static io.switchboard.escalation.sla.SlaFixture.clock;
import static io.switchboard.escalation.sla.SlaFixture.clockIs;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.escalation.api.TicketSnapshotTest;
import io.switchboard.escalation.sla.application.SlaClocks;
import io.switchboard.escalation.sla.application.SlaTimers;
import io.switchboard.platform.testing.AdjustableClock;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A ticket's SLA clocks as ticket events, policy changes and the passing of time (the adjustable clock) move them. */
@QuarkusTest
@TestSecurity(user = "bob", roles = "agent")
class SlaClocksTest {

    /** Monday 2026-12-07 00:00 UTC (09:00 in Seoul). */
    static final Instant T0 = Instant.parse("2026-12-07T00:00:00Z");
    static final String STANDARD = """
            {"name":"Standard","hours":"CALENDAR","warnBefore":"PT30M","onBreach":{"raisePriority":true},
             "targets":{"NORMAL":{"firstResponse":"PT4H","nextResponse":"PT2H","resolution":"PT24H"},
                        "HIGH":{"firstResponse":"PT2H"},"URGENT":{"firstResponse":"PT1H","resolution":"PT8H"}}}""";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @Inject
    AdjustableClock clock;

    @Inject
    Scheduler scheduler;

    @Inject
    SlaClocks clocks;

    SlaFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new SlaFixture(connector, entityManager);
        scheduler.resume(SlaTimers.JOB);
        clock.set(T0);
    }

    @Test
    void aFirstReplyInTimeMeetsTheFirstResponse() {
        String service = fixture.service("UTC", WEEKDAYS, List.of());
        String policy = fixture.policy(service, STANDARD);
        UUID ticket = fixture.created(service, T0, "NORMAL", List.of());

        JsonNode running = fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "RUNNING", "2026-12-07T04:00:00Z"));
        assertEquals(policy, running.path("policy").path("id").asText());
        assertEquals("Standard", running.path("policy").path("name").asText());
        assertEquals("PT4H", clock(running, "FIRST_RESPONSE").path("target").asText());
        assertEquals("2026-12-07T03:30:00Z", clock(running, "FIRST_RESPONSE").path("warnAt").asText());
        assertEquals("2026-12-08T00:00:00Z", clock(running, "RESOLUTION").path("dueAt").asText());
        given().when().get("/api/v1/sla/tickets/" + ticket).then().statusCode(200)
                .body("policy.name", equalTo("Standard")).body("clocks[0].metric", equalTo("FIRST_RESPONSE"))
                .body("clocks[0].dueAt", equalTo("2026-12-07T04:00:00Z"));
        TicketSnapshotTest.asUser("dave", "agent", () -> given().when().get("/api/v1/sla/tickets/" + ticket).then()
                .statusCode(404));

        fixture.message(service, ticket, "INTERIM_REPLY", "IN_PROGRESS", T0.plus(Duration.ofHours(1)));
        JsonNode met = fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "MET", null));
        assertEquals(false, clock(met, "FIRST_RESPONSE").path("breached").asBoolean());
        assertTrue(clock(met, "FIRST_RESPONSE").path("warnAt").isNull());

        clock.set(T0.plus(Duration.ofHours(5)));
        quietFor(Duration.ofMillis(2500));
        assertEquals(List.of(), fixture.published(ticket, "SlaWarned"));
        assertEquals(List.of(), fixture.published(ticket, "SlaBreached"));
    }

    @Test
    void aLateReplyIsWarnedThenBreachedOnceAndTheRaisedPriorityDoesNotBreachAgain() {
        Started started = standardTicket("NORMAL", "2026-12-07T04:00:00Z");
        String service = started.service();
        UUID ticket = started.ticket();

        clock.set(T0.plus(Duration.ofMinutes(211)));
        JsonNode warned = await().until(() -> fixture.published(ticket, "SlaWarned"), list -> !list.isEmpty()).get(0)
                .path("data");
        assertEquals("FIRST_RESPONSE", warned.path("metric").asText());
        assertEquals("2026-12-07T04:00:00Z", warned.path("dueAt").asText());
        assertEquals("Standard", warned.path("policy").path("name").asText());

        clock.set(T0.plus(Duration.ofMinutes(241)));
        JsonNode breached = await().until(() -> fixture.published(ticket, "SlaBreached"), list -> !list.isEmpty())
                .get(0).path("data");
        assertEquals("FIRST_RESPONSE", breached.path("metric").asText());
        assertEquals(true, breached.path("onBreach").path("raisePriority").asBoolean());
        assertTrue(breached.path("onBreach").path("reassignGroupId").isNull());
        fixture.awaitClocks(ticket, data -> clock(data, "FIRST_RESPONSE").path("state").asText().equals("BREACHED")
                && clock(data, "FIRST_RESPONSE").path("breached").asBoolean());

        // ticket-service carries out onBreach: the raised priority comes back as TicketUpdated
        fixture.priority(service, ticket, "HIGH", "UNASSIGNED", T0.plus(Duration.ofMinutes(241)), "SYSTEM");
        fixture.awaitClocks(ticket, data -> clock(data, "FIRST_RESPONSE").path("target").asText().equals("PT2H"));
        quietFor(Duration.ofMillis(2500));
        assertEquals(1, fixture.published(ticket, "SlaBreached").size());
        assertEquals(1, fixture.published(ticket, "SlaWarned").size());

        fixture.message(service, ticket, "FINAL_REPLY", "RESOLVED", T0.plus(Duration.ofMinutes(250)));
        JsonNode met = fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "MET", null));
        assertEquals(true, clock(met, "FIRST_RESPONSE").path("breached").asBoolean());
    }

    @Test
    void clocksStandStillOnHoldAndRunOnWhenResumed() {
        Started started = standardTicket("NORMAL", "2026-12-07T04:00:00Z");
        String service = started.service();
        UUID ticket = started.ticket();

        fixture.status(service, ticket, "IN_PROGRESS", "ON_HOLD", "hold", T0.plus(Duration.ofHours(1)));
        JsonNode paused = fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "PAUSED", null));
        assertTrue(clock(paused, "FIRST_RESPONSE").path("warnAt").isNull());
        assertEquals("PAUSED", clock(paused, "RESOLUTION").path("state").asText());

        fixture.status(service, ticket, "ON_HOLD", "IN_PROGRESS", "restore", T0.plus(Duration.ofHours(3)));
        JsonNode resumed = fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "RUNNING", "2026-12-07T06:00:00Z"));
        assertEquals("2026-12-08T02:00:00Z", clock(resumed, "RESOLUTION").path("dueAt").asText());
    }

    @Test
    void businessHoursSkipTheWeekendAndHolidaysInTheServicesZone() {
        String businessPolicy = """
                {"name":"Office hours","targets":{"NORMAL":{"firstResponse":"PT4H"}}}""";
        // Seoul, weekdays 09:00–18:00, Monday 2026-12-07 a holiday: Friday 17:00 KST + 1h, Tuesday 09:00 + 3h
        String seoul = fixture.service("Asia/Seoul", WEEKDAYS, List.of("2026-12-07"));
        fixture.policy(seoul, businessPolicy);
        Instant fridayEvening = Instant.parse("2026-12-04T08:00:00Z");
        clock.set(fridayEvening);
        UUID inSeoul = fixture.created(seoul, fridayEvening, "NORMAL", List.of());
        fixture.awaitClocks(inSeoul, clockIs("FIRST_RESPONSE", "RUNNING", "2026-12-08T03:00:00Z"));

        // Tokyo, weekdays 10:00–19:00, the same holiday: Friday 18:30 JST + 0.5h, Tuesday 10:00 + 3.5h
        String tokyo = fixture.service("Asia/Tokyo", SlaFixture.weekdays("10:00", "19:00"), List.of("2026-12-07"));
        fixture.policy(tokyo, businessPolicy);
        Instant fridayInTokyo = Instant.parse("2026-12-04T09:30:00Z");
        clock.set(fridayInTokyo);
        UUID inTokyo = fixture.created(tokyo, fridayInTokyo, "NORMAL", List.of());
        fixture.awaitClocks(inTokyo, clockIs("FIRST_RESPONSE", "RUNNING", "2026-12-08T04:30:00Z"));

        // Seoul drops the holiday on Saturday: the hour counted on Friday stays, Monday 09:00 + 3h
        clock.set(Instant.parse("2026-12-05T03:00:00Z"));
        fixture.serviceChanged(seoul, "Asia/Seoul", WEEKDAYS, List.of());
        fixture.awaitClocks(inSeoul, clockIs("FIRST_RESPONSE", "RUNNING", "2026-12-07T03:00:00Z"));
    }

    @Test
    void aReinquiryAfterAReplyStartsTheNextResponse() {
        String service = fixture.service("UTC", WEEKDAYS, List.of());
        fixture.policy(service, STANDARD);
        UUID ticket = fixture.created(service, T0, "NORMAL", List.of());
        fixture.message(service, ticket, "FINAL_REPLY", "IN_PROGRESS", T0.plus(Duration.ofMinutes(10)));
        JsonNode replied = fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "MET", null));
        assertTrue(clock(replied, "NEXT_RESPONSE").isMissingNode());

        fixture.message(service, ticket, "CUSTOMER_REINQUIRY", "IN_PROGRESS", T0.plus(Duration.ofHours(1)));
        fixture.awaitClocks(ticket, clockIs("NEXT_RESPONSE", "RUNNING", "2026-12-07T03:00:00Z"));
        fixture.message(service, ticket, "INTERNAL_COMMENT", "IN_PROGRESS", T0.plus(Duration.ofMinutes(90)));
        fixture.message(service, ticket, "INTERIM_REPLY", "IN_PROGRESS", T0.plus(Duration.ofHours(2)));
        JsonNode met = fixture.awaitClocks(ticket, clockIs("NEXT_RESPONSE", "MET", null));
        assertEquals(false, clock(met, "NEXT_RESPONSE").path("breached").asBoolean());
    }

    @Test
    void theResolutionIsMetAndResumesKeepingItsTimeWhenReopened() {
        String service = fixture.service("UTC", WEEKDAYS, List.of());
        fixture.policy(service, STANDARD);
        UUID ticket = fixture.created(service, T0, "NORMAL", List.of());
        fixture.status(service, ticket, "IN_PROGRESS", "RESOLVED", "resolve", T0.plus(Duration.ofHours(2)));
        fixture.awaitClocks(ticket, clockIs("RESOLUTION", "MET", null));

        fixture.status(service, ticket, "RESOLVED", "IN_PROGRESS", "re-inquiry", T0.plus(Duration.ofHours(5)));
        fixture.awaitClocks(ticket, clockIs("RESOLUTION", "RUNNING", "2026-12-08T03:00:00Z"));
    }

    @Test
    void aPriorityChangeRecomputesTheTargets() {
        Started started = standardTicket("NORMAL", "2026-12-07T04:00:00Z");
        String service = started.service();
        UUID ticket = started.ticket();

        fixture.priority(service, ticket, "URGENT", "UNASSIGNED", T0.plus(Duration.ofMinutes(10)), "OPERATOR");
        JsonNode urgent = fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "RUNNING", "2026-12-07T01:00:00Z"));
        assertEquals("PT1H", clock(urgent, "FIRST_RESPONSE").path("target").asText());
        assertEquals("2026-12-07T08:00:00Z", clock(urgent, "RESOLUTION").path("dueAt").asText());
    }

    @Test
    void anEventThatMovesNoDueTimeRewritesNoTimerAndPublishesNothing() {
        Started started = standardTicket("NORMAL", "2026-12-07T04:00:00Z");
        UUID ticket = started.ticket();
        List<String> rowVersions = timerRowVersions(ticket);
        int published = fixture.published(ticket, "SlaClocksChanged").size();

        fixture.status(started.service(), ticket, "UNASSIGNED", "IN_PROGRESS", "keep", T0.plus(Duration.ofMinutes(5)));
        await().until(() -> QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select status from ticket_snapshot where ticket_id = :id").setParameter("id", ticket)
                .getSingleResult()).equals("IN_PROGRESS"));

        assertEquals(4, rowVersions.size()); // warning and breach of the first response and of the resolution
        assertEquals(rowVersions, timerRowVersions(ticket));
        quietFor(Duration.ofMillis(1000));
        assertEquals(published, fixture.published(ticket, "SlaClocksChanged").size());
    }

    @Test
    void editingReorderingDisablingAndDeletingPoliciesRecomputesTheClocks() {
        String service = fixture.service("UTC", WEEKDAYS, List.of());
        String vip = fixture.policy(service, """
                {"name":"VIP","conditions":[{"target":"tags","operator":"in","values":["vip"]}],"hours":"CALENDAR",
                 "targets":{"NORMAL":{"firstResponse":"PT1H"}}}""");
        String everyone = fixture.policy(service, """
                {"name":"Everyone","hours":"CALENDAR","targets":{"NORMAL":{"firstResponse":"PT8H"}}}""");
        UUID ticket = fixture.created(service, T0, "NORMAL", List.of("vip"));
        fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "RUNNING", "2026-12-07T01:00:00Z"));
        UUID plain = fixture.created(service, T0, "NORMAL", List.of());
        fixture.awaitClocks(plain, data -> data.path("policy").path("name").asText().equals("Everyone"));

        String policies = "/api/v1/sla/services/" + service + "/policies";
        asAlice(() -> given().contentType("application/json").body("{\"ids\":[\"" + everyone + "\",\"" + vip + "\"]}")
                .when().put(policies + "/order").then().statusCode(200).body("items[0].name", equalTo("Everyone")));
        fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "RUNNING", "2026-12-07T08:00:00Z"));

        String moved = given().when().get(policies + "/" + everyone).then().statusCode(200).extract().header("ETag");
        assertEquals("\"1\"", moved, "moving it made a new version");
        asAlice(() -> given().contentType("application/json").header("If-Match", moved).body("""
                        {"name":"Everyone","enabled":false,"hours":"CALENDAR","targets":{"NORMAL":{"firstResponse":"PT8H"}}}""")
                .when().put(policies + "/" + everyone).then().statusCode(200).body("enabled", equalTo(false)));
        fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "RUNNING", "2026-12-07T01:00:00Z"));
        fixture.awaitClocks(plain, data -> data.path("policy").isNull() && data.path("clocks").isEmpty());

        asAlice(() -> given().contentType("application/json").body("""
                        {"name":"VIP","conditions":[{"target":"tags","operator":"in","values":["vip"]}],"hours":"CALENDAR",
                         "targets":{"NORMAL":{"firstResponse":"PT2H"}}}""")
                .when().put(policies + "/" + vip).then().statusCode(200));
        fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "RUNNING", "2026-12-07T02:00:00Z"));

        asAlice(() -> given().when().delete(policies + "/" + vip).then().statusCode(204));
        fixture.awaitClocks(ticket, data -> data.path("policy").isNull() && data.path("clocks").isEmpty());
    }

    /**
     * A service that was down while a timer fell due: the paused job stands for the stopped scheduler (the row waits
     * in sla_timer); its first run after the resume fires it, once.
     */
    @Test
    void aTimerThatFellDueWhileTheSchedulerWasStoppedFiresOnceWhenItStarts() {
        UUID ticket = standardTicket("URGENT", "2026-12-07T01:00:00Z").ticket();

        scheduler.pause(SlaTimers.JOB);
        clock.set(T0.plus(Duration.ofHours(2)));
        quietFor(Duration.ofMillis(1500));
        assertEquals(List.of(), fixture.published(ticket, "SlaBreached"));
        assertEquals(4L, timers(ticket), "FIRST_RESPONSE's and RESOLUTION's warning and breach rows wait");

        scheduler.resume(SlaTimers.JOB);
        await().until(() -> fixture.published(ticket, "SlaBreached").size() == 1);
        assertEquals(1, fixture.published(ticket, "SlaWarned").size());
        quietFor(Duration.ofMillis(2500));
        assertEquals(1, fixture.published(ticket, "SlaBreached").size());
        assertEquals(1, fixture.published(ticket, "SlaWarned").size());
    }

    /** Two instances claiming at once: the second skips the ticket the first holds, so the timer fires once. */
    @Test
    void twoClaimsAtOnceFireATimerOnce() throws Exception {
        String service = fixture.service("UTC", WEEKDAYS, List.of());
        fixture.policy(service, """
                {"name":"No warning","hours":"CALENDAR","targets":{"NORMAL":{"firstResponse":"PT1H"}}}""");
        UUID ticket = fixture.created(service, T0, "NORMAL", List.of());
        fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "RUNNING", "2026-12-07T01:00:00Z"));
        scheduler.pause(SlaTimers.JOB);
        clock.set(T0.plus(Duration.ofHours(2)));

        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    int tickets = clocks.fireDue(100);
                    claimed.countDown();
                    release.await(10, TimeUnit.SECONDS);
                    return tickets;
                }));
        assertTrue(claimed.await(10, TimeUnit.SECONDS));
        QuarkusTransaction.requiringNew().call(() -> clocks.fireDue(100)); // skips what the first holds
        release.countDown();
        assertTrue(first.get(10, TimeUnit.SECONDS) >= 1);
        QuarkusTransaction.requiringNew().call(() -> clocks.fireDue(100)); // the row is gone: nothing left to fire

        await().until(() -> fixture.published(ticket, "SlaBreached").size() == 1);
        quietFor(Duration.ofMillis(1000));
        assertEquals(1, fixture.published(ticket, "SlaBreached").size());
        assertEquals(0L, timers(ticket));
    }

    record Started(String service, UUID ticket) {
    }

    /** A ticket created at T0 in a service of its own under STANDARD, once its first response runs until the due time. */
    private Started standardTicket(String priority, String firstResponseDue) {
        String service = fixture.service("UTC", WEEKDAYS, List.of());
        fixture.policy(service, STANDARD);
        UUID ticket = fixture.created(service, T0, priority, List.of());
        fixture.awaitClocks(ticket, clockIs("FIRST_RESPONSE", "RUNNING", firstResponseDue));
        return new Started(service, ticket);
    }

    /** The timer rows with their row versions (xmin): a rewritten row has a new one. */
    private List<String> timerRowVersions(UUID ticket) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                        select metric || ' ' || kind || ' ' || xmin::text from sla_timer where ticket_id = :id
                        order by metric, kind""", String.class).setParameter("id", ticket).getResultList());
    }

    private long timers(UUID ticket) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from sla_timer where ticket_id = :id").setParameter("id", ticket).getSingleResult())
                .longValue());
    }

    private static void asAlice(Runnable action) {
        TicketSnapshotTest.asUser("alice", "agent", action);
    }

    /** Lets the scheduler and the relay run for a while, to show that nothing (more) is published. */
    private static void quietFor(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
