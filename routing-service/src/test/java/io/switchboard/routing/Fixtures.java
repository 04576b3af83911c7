package io.switchboard.routing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.platform.testing.TestEvents;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ticket-service events as it publishes them (checked against the contracts before they are sent)
 * and the decisions routing publishes, for the service tests.
 */
public final class Fixtures {

    public static final String TICKET_SERVICE = "/switchboard/ticket-service";

    private final InMemoryConnector connector;
    private final EntityManager entityManager;

    public Fixtures(InMemoryConnector connector, EntityManager entityManager) {
        this.connector = connector;
        this.entityManager = entityManager;
    }

    /** A service code of its own per test, so tests never see each other's triggers. */
    public static String newServiceCode() {
        return "T" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36)
                .toUpperCase();
    }

    public record Member(String username, boolean assignmentEnabled) {
    }

    public void serviceChanged(String code, String adminUsername, String operatorUsername) {
        String data = """
                {"serviceCode":"%s","name":"Service %s","type":"INQUIRY","timeZone":"Asia/Seoul","languages":["ko","en"],
                 "businessHours":{"days":[{"day":"MONDAY","opens":"09:00","closes":"18:00"}],"holidays":["2026-12-25"]},
                 "members":[
                  {"username":"%s","displayName":"Admin","email":null,"role":"ADMIN","assignmentEnabled":false,"mayForward":true},
                  {"username":"%s","displayName":"Operator","email":"op@example.com","role":"OPERATOR","assignmentEnabled":true,"mayForward":true}],
                 "changedAt":"%s"}""".formatted(code, code, adminUsername, operatorUsername, Instant.now());
        send("people-events", "ServiceChanged", UUID.randomUUID().toString(), data);
        await().until(() -> query("select count(*) from service_profile where code = '" + code + "'").equals("1"));
    }

    public void groupChanged(UUID group, String code, Member... members) {
        String list = Stream.of(members).map(m -> """
                {"username":"%s","joinedAt":"2026-01-%02dT00:00:00Z","assignmentEnabled":%s,"displayName":"%s",
                 "email":"%s@example.com"}""".formatted(m.username(), List.of(members).indexOf(m) + 1,
                m.assignmentEnabled(), m.username().toUpperCase(), m.username()))
                .collect(Collectors.joining(","));
        String data = """
                {"groupId":"%s","serviceCode":"%s","groupName":"Group of %s","deleted":false,"members":[%s],
                 "changedAt":"%s"}""".formatted(group, code, code, list, Instant.now());
        send("people-events", "GroupMembershipChanged", group.toString(), data);
        String expected = Stream.of(members).map(m -> m.username() + ":" + m.assignmentEnabled()).sorted()
                .collect(Collectors.joining(","));
        await().until(() -> expected.equals(query("""
                select coalesce(string_agg(username || ':' || assignment_enabled, ',' order by username), '')
                from group_member where group_id = '%s'""".formatted(group))));
    }

    /** A single value of a native query, as text. */
    public String query(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(
                entityManager.createNativeQuery(sql).getSingleResult()));
    }

    public UUID ticketCreated(String code, String title) {
        UUID ticket = UUID.randomUUID();
        ticketCreated(UUID.randomUUID(), ticket, code, title);
        return ticket;
    }

    public void ticketCreated(UUID eventId, UUID ticket, String code, String title) {
        ticketCreated(eventId, ticket, code, title, "");
    }

    /** A ticket whose creating operator put it into the group (PHONE, no e-mail, as operators open them). */
    public UUID ticketPlacedByOperator(String code, UUID group) {
        UUID ticket = UUID.randomUUID();
        ticketCreated(UUID.randomUUID(), ticket, code, "Placed", """
                "groupId":"%s","placedBy":"bob",""".formatted(group));
        return ticket;
    }

    private void ticketCreated(UUID eventId, UUID ticket, String code, String title, String placement) {
        String data = """
                {"ticketId":"%s","number":"%s-1","serviceCode":"%s","title":"%s","content":"Charged twice",
                 "channel":"EMAIL","status":"UNASSIGNED","customer":{"email":"kim@example.com","name":"Kim","phone":null},
                 "createdBy":"bob","createdAt":"%s",%s"priority":"NORMAL","language":"ko","inquiryType":null,
                 "processingTypeId":null,"tags":[],"fields":{}}""".formatted(ticket, code, code, title, Instant.now(),
                placement);
        connector.source("ticket-events").send(List.of(valid(TestEvents.cloudEvent(eventId, TICKET_SERVICE, "TicketCreated",
                ticket.toString(), data))));
    }

    public void ticketUpdated(UUID ticket, String code, String priority, String changedByKind) {
        String data = """
                {"ticketId":"%s","number":"%s-1","serviceCode":"%s","title":"Refund","status":"UNASSIGNED",
                 "groupId":null,"assignee":null,"priority":"%s","language":"ko","inquiryType":null,
                 "processingTypeId":null,"tags":[],"fields":{},"changed":["priority"],
                 "changedBy":{"kind":"%s","name":"someone"},"changedAt":"%s"}"""
                .formatted(ticket, code, code, priority, changedByKind, Instant.now());
        send("ticket-events", "TicketUpdated", ticket.toString(), data);
    }

    public void ticketAssigned(UUID ticket, String code, UUID group, String assignee) {
        String data = """
                {"ticketId":"%s","number":"%s-1","serviceCode":"%s","title":"Refund","status":"IN_PROGRESS",
                 "group":{"id":"%s","name":"G"},"assignee":{"username":"%s","displayName":"%s","email":null},
                 "assignedBy":{"kind":"OPERATOR","name":"admin","reason":null},"assignedAt":"%s"}"""
                .formatted(ticket, code, code, group, assignee, assignee, Instant.now());
        send("ticket-events", "TicketAssigned", ticket.toString(), data);
    }

    public void ticketStatusChanged(UUID ticket, String code, String from, String to) {
        String data = """
                {"ticketId":"%s","number":"%s-1","serviceCode":"%s","from":"%s","to":"%s","action":"resolve",
                 "actor":"ann","internalResolution":null,"changedAt":"%s"}"""
                .formatted(ticket, code, code, from, to, Instant.now());
        send("ticket-events", "TicketStatusChanged", ticket.toString(), data);
    }

    private void send(String channel, String type, String subject, String data) {
        String record = valid(TestEvents.cloudEvent(UUID.randomUUID(), TICKET_SERVICE, type, subject, data));
        // ticket events are consumed in batches (a poll's worth); people events one by one
        connector.source(channel).send(channel.equals("ticket-events") ? List.of(record) : record);
    }

    private static String valid(String record) {
        EventContract.assertValid(record);
        return record;
    }

    /** The first decision published for the ticket, after waiting for it. */
    public JsonNode awaitDecision(UUID ticket) {
        return awaitDecisions(ticket, 1).get(0);
    }

    public List<JsonNode> awaitDecisions(UUID ticket, int count) {
        await().until(() -> published(ticket).size() >= count);
        return published(ticket).stream().map(e -> e.path("data")).toList();
    }

    /** Routing's published events about the ticket, each checked against the contract. */
    public List<JsonNode> published(UUID ticket) {
        return connector.sink("outbox").received().stream()
                .map(m -> (String) m.getPayload())
                .filter(p -> p.contains(ticket.toString()))
                .map(EventContract::assertValid)
                .toList();
    }

    /** Waits until everything sent before has been consumed: a marker ticket of a service without triggers. */
    public void drain() {
        UUID marker = ticketCreated("ZZDRAIN", "marker");
        awaitDecision(marker);
    }
}
