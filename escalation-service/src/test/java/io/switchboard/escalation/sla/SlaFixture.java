package io.switchboard.escalation.sla;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.escalation.api.TicketSnapshotTest;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Services, tickets and policies for the SLA tests, fed in as ticket-service would, and the events published. */
final class SlaFixture {

    /** Weekdays 09:00–18:00. */
    static final String WEEKDAYS = weekdays("09:00", "18:00");
    private static final AtomicInteger SERVICES = new AtomicInteger();

    private final InMemoryConnector connector;
    private final EntityManager entityManager;

    SlaFixture(InMemoryConnector connector, EntityManager entityManager) {
        this.connector = connector;
        this.entityManager = entityManager;
    }

    static String weekdays(String opens, String closes) {
        return List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                .map(day -> "{\"day\":\"%s\",\"opens\":\"%s\",\"closes\":\"%s\"}".formatted(day, opens, closes))
                .collect(Collectors.joining(","));
    }

    /** A new service of its own per test (alice admin, bob operator), so policies of other tests do not apply. */
    String service(String zone, String days, List<String> holidays) {
        String code = "SLA" + SERVICES.incrementAndGet() + "_" + (System.nanoTime() % 10_000);
        serviceChanged(code, zone, days, holidays);
        return code;
    }

    void serviceChanged(String code, String zone, String days, List<String> holidays) {
        String data = """
                {"serviceCode":"%s","name":"Service %s","type":"INQUIRY","timeZone":"%s","languages":["ko"],
                 "businessHours":{"days":[%s],"holidays":[%s]},"members":[
                 {"username":"alice","displayName":"Alice","email":"alice@example.com","role":"ADMIN","assignmentEnabled":true,"mayForward":true},
                 {"username":"bob","displayName":"Bob","email":"bob@example.com","role":"OPERATOR","assignmentEnabled":true,"mayForward":true}],
                 "changedAt":"%s"}""".formatted(code, code, zone, days,
                holidays.stream().map(h -> "\"" + h + "\"").collect(Collectors.joining(",")), Instant.now());
        String record = TestEvents.cloudEvent(UUID.randomUUID(), "/switchboard/ticket-service", "ServiceChanged", code,
                data);
        EventContract.assertValid(record);
        connector.source("people-events").send(record);
        await().until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from service_copy where code = :code and time_zone = :zone")
                .setParameter("code", code).setParameter("zone", zone).getSingleResult()).intValue() == 1));
    }

    /** Creates a policy as alice; returns its id. */
    String policy(String serviceCode, String json) {
        String[] id = new String[1];
        TicketSnapshotTest.asUser("alice", "agent", () -> id[0] = given().contentType(ContentType.JSON).body(json)
                .when().post("/api/v1/sla/services/" + serviceCode + "/policies").then().statusCode(201)
                .extract().path("id"));
        return id[0];
    }

    static String number(String serviceCode, UUID ticket) {
        return serviceCode + "-" + (Math.abs(ticket.getMostSignificantBits() % 100_000) + 1);
    }

    UUID created(String serviceCode, Instant at, String priority, List<String> tags) {
        UUID ticket = UUID.randomUUID();
        send(ticket, "TicketCreated", at, """
                {"ticketId":"%s","number":"%s","serviceCode":"%s","title":"Refund","content":"Charged twice",
                 "channel":"EMAIL","status":"UNASSIGNED","customer":{"email":"kim@example.com","name":"Kim"},
                 "createdBy":"kim","createdAt":"%s","priority":"%s","tags":[%s]}""".formatted(ticket,
                number(serviceCode, ticket), serviceCode, at, priority,
                tags.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(","))));
        return ticket;
    }

    void status(String serviceCode, UUID ticket, String from, String to, String action, Instant at) {
        send(ticket, "TicketStatusChanged", at, """
                {"ticketId":"%s","number":"%s","serviceCode":"%s","from":"%s","to":"%s","action":"%s",
                 "actor":"bob","internalResolution":null,"changedAt":"%s"}""".formatted(ticket,
                number(serviceCode, ticket), serviceCode, from, to, action, at));
    }

    void message(String serviceCode, UUID ticket, String type, String status, Instant at) {
        send(ticket, "MessageAdded", at, """
                {"ticketId":"%s","number":"%s","serviceCode":"%s","title":"Refund","messageId":"%s","type":"%s",
                 "author":"bob","bodyFormat":"TEXT","body":"Hello","customer":{"email":"kim@example.com","name":"Kim"},
                 "status":"%s","createdAt":"%s"}""".formatted(ticket, number(serviceCode, ticket), serviceCode,
                UUID.randomUUID(), type, status, at));
    }

    void priority(String serviceCode, UUID ticket, String priority, String status, Instant at, String changedBy) {
        send(ticket, "TicketUpdated", at, """
                {"ticketId":"%s","number":"%s","serviceCode":"%s","title":"Refund","status":"%s","groupId":null,
                 "assignee":"bob","priority":"%s","language":"ko","inquiryType":null,"processingTypeId":null,
                 "tags":[],"fields":{},"changed":["priority"],"changedBy":{"kind":"%s","name":"x"},"changedAt":"%s"}"""
                .formatted(ticket, number(serviceCode, ticket), serviceCode, status, priority, changedBy, at));
    }

    private void send(UUID ticket, String type, Instant at, String data) {
        String record = TicketSnapshotTest.event(UUID.randomUUID(), type, ticket, at, data);
        EventContract.assertValid(record);
        connector.source("ticket-events").send(List.of(record));
    }

    /** The SLA events of a ticket published so far, of one type, each checked against its contract. */
    List<JsonNode> published(UUID ticket, String type) {
        return connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains(ticket.toString()) && p.contains("\"type\":\"" + type + "\""))
                .map(EventContract::assertValid).filter(e -> e.path("subject").asText().equals(ticket.toString()))
                .toList();
    }

    /** Waits for the ticket's latest SlaClocksChanged to satisfy the check; returns its data. */
    JsonNode awaitClocks(UUID ticket, java.util.function.Predicate<JsonNode> check) {
        return await().until(() -> {
            List<JsonNode> all = published(ticket, "SlaClocksChanged");
            return all.isEmpty() ? null : all.get(all.size() - 1).path("data");
        }, data -> data != null && check.test(data));
    }

    static JsonNode clock(JsonNode data, String metric) {
        for (JsonNode clock : data.path("clocks")) {
            if (clock.path("metric").asText().equals(metric)) {
                return clock;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    static java.util.function.Predicate<JsonNode> clockIs(String metric, String state, String dueAt) {
        return data -> clock(data, metric).path("state").asText().equals(state)
                && (dueAt == null ? clock(data, metric).path("dueAt").isNull()
                : clock(data, metric).path("dueAt").asText().equals(dueAt));
    }

}
