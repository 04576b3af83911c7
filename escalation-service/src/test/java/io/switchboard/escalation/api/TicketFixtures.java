package io.switchboard.escalation.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.escalation.api.TicketSnapshotTest.event;
import static org.awaitility.Awaitility.await;

import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** CS tickets as ticket-service's events describe them to escalation-service, for the escalation tests. */
public final class TicketFixtures {

    private static final String SUPPORT = "a0000000-0000-4000-8000-000000000001";

    private TicketFixtures() {
    }

    /** A CS ticket assigned to bob, then (unless IN_PROGRESS) moved to the status; returns once the snapshot shows it. */
    public static UUID ticketOfBob(InMemoryConnector connector, String status) {
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now();
        send(connector, event(UUID.randomUUID(), "TicketAssigned", ticket, now, """
                {"ticketId":"%s","number":"%s","serviceCode":"CS","title":"Refund","status":"IN_PROGRESS",
                 "group":{"id":"%s","name":"Support"},
                 "assignee":{"username":"bob","displayName":"Bob Lee","email":"bob@example.com"},
                 "assignedBy":{"kind":"OPERATOR","name":"bob","reason":"kept"},"assignedAt":"%s"}"""
                .formatted(ticket, number(ticket), SUPPORT, now)));
        if (!status.equals("IN_PROGRESS")) {
            moved(connector, ticket, "IN_PROGRESS", status, now.plusMillis(1));
        }
        awaitSnapshot(ticket, status);
        return ticket;
    }

    /** ticket-service reports the ticket's move; returns once the snapshot shows it. */
    public static void moved(InMemoryConnector connector, UUID ticket, String from, String to, Instant at) {
        send(connector, event(UUID.randomUUID(), "TicketStatusChanged", ticket, at, """
                {"ticketId":"%s","number":"%s","serviceCode":"CS","from":"%s","to":"%s","action":"hold",
                 "actor":"bob","internalResolution":null,"changedAt":"%s"}"""
                .formatted(ticket, number(ticket), from, to, at)));
        awaitSnapshot(ticket, to);
    }

    public static String number(UUID ticket) {
        return "CS-" + (Math.abs(ticket.getMostSignificantBits() % 100_000) + 1);
    }

    /** A ticket event as ticket-service publishes it, checked against its contract. */
    public static void send(InMemoryConnector connector, String record) {
        EventContract.assertValid(record);
        connector.source("ticket-events").send(List.of(record));
    }

    private static void awaitSnapshot(UUID ticket, String status) {
        await().until(() -> status.equals(given().get("/api/v1/escalations/tickets/" + ticket).then().extract()
                .path("status")));
    }
}
