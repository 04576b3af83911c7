package io.switchboard.routing.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.DatabaseGate;
import io.switchboard.platform.testing.DatabaseOutageResource;
import io.switchboard.platform.testing.TestEvents;
import io.switchboard.routing.Fixtures;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While the database is away: requests answer 503 with Retry-After, readiness is DOWN, and an event that arrives
 * waits; when it is back, the event is applied once and readiness is UP, without a restart. Records that can never
 * be applied go to the dead letters instead of stopping the consumer.
 */
@QuarkusTest
@QuarkusTestResource(value = DatabaseOutageResource.class, restrictToAnnotatedClass = true)
@TestSecurity(user = "root", roles = "org-admin")
class DatabaseOutageTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    Fixtures fixtures;
    String code;
    UUID group;
    DatabaseGate database;

    @BeforeEach
    void aServiceWithARoundRobinTrigger() {
        database = DatabaseOutageResource.gate();
        database.restore();
        fixtures = new Fixtures(connector, entityManager);
        code = Fixtures.newServiceCode();
        group = UUID.randomUUID();
        fixtures.serviceChanged(code, "sam", "oli");
        fixtures.groupChanged(group, code, new Fixtures.Member("ann", true), new Fixtures.Member("ben", true));
        given().contentType(ContentType.JSON).body("""
                        {"title":"Everyone","conditions":[],"results":{"assign":{"groupId":"%s","mode":"ROUND_ROBIN"}}}""".formatted(group))
                .when().post("/api/v1/routing/services/" + code + "/triggers").then().statusCode(201);
    }

    @Test
    void aTicketCreatedWhileTheDatabaseIsDownIsRoutedOnceItIsBack() {
        database.cut();
        try {
            given().when().get("/api/v1/routing/services/" + code + "/triggers")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5").body("type", endsWith("/service-unavailable")).body("status", equalTo(503));
            given().when().get("/q/health/ready").then().statusCode(503);
            UUID ticket = fixtures.ticketCreated(code, "During the outage");
            // the consumer backs off for several rounds meanwhile
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
            database.restore();

            assertEquals("ann", fixtures.awaitDecision(ticket).path("assignee").asText());
            UUID next = fixtures.ticketCreated(code, "After the outage");
            assertEquals("ben", fixtures.awaitDecision(next).path("assignee").asText());
            assertEquals(1, fixtures.published(ticket).size());
        } finally {
            database.restore();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        given().when().get("/api/v1/routing/services/" + code + "/triggers").then().statusCode(200);
    }

    @Test
    void recordsThatCanNeverBeAppliedAreDeadLetteredAndTheConsumerGoesOn() {
        connector.source("ticket-events").send(List.of("not a cloud event"));
        UUID malformed = UUID.randomUUID();
        connector.source("ticket-events").send(List.of(TestEvents.cloudEvent(malformed, Fixtures.TICKET_SERVICE,
                "TicketCreated", UUID.randomUUID().toString(), "{\"ticketId\":\"not a uuid\"}")));

        UUID ticket = fixtures.ticketCreated(code, "After the bad ones");
        assertEquals("ann", fixtures.awaitDecision(ticket).path("assignee").asText());
        assertEquals("1", fixtures.query("select count(*) from dead_letter_event where record = 'not a cloud event'"));
        assertEquals("TicketCreated", fixtures.query(
                "select type from dead_letter_event where event_id = '" + malformed + "' and consumer = 'routing-service'"));
    }
}
