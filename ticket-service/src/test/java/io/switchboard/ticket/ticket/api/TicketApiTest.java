package io.switchboard.ticket.ticket.api;

import static io.switchboard.ticket.Db.count;
import static io.switchboard.ticket.Db.rows;
import static io.switchboard.ticket.Db.outboxRows;
import static io.switchboard.ticket.Db.insertTicket;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class TicketApiTest {

    static final String NEW_TICKET = """
            {"title": "Refund for order 1234", "content": "I was charged twice.",
             "customer": {"email": "kim@example.com", "name": "Kim Minji"}}""";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anOperatorOpensAnUnassignedTicketWithANumberAndALocation() {
        String location = given().contentType(ContentType.JSON).body(NEW_TICKET)
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/tickets/[0-9a-f-]{36}"))
                .body("number", matchesPattern("CS-\\d+"))
                .body("status", equalTo("UNASSIGNED"))
                .body("channel", equalTo("MANUAL"))
                .body("group", nullValue())
                .body("assignee", nullValue())
                .body("customer.email", equalTo("kim@example.com"))
                .body("createdBy", equalTo("bob"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().when().get("/api/v1/tickets/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("title", equalTo("Refund for order 1234"));
        given().when().get("/api/v1/tickets?view=all&limit=200")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().when().get("/api/v1/tickets/" + id + "/events")
                .then().statusCode(200).body("type", contains("CREATED")).body("[0].actor", equalTo("bob"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void theCreationIsPublishedFromTheOutboxAsAContractValidCloudEventKeyedByTicket() {
        String id = create("CS");
        Message<?> published = awaitPublished(id, "TicketCreated");
        JsonNode event = EventContract.assertValid((String) published.getPayload());
        assertEquals(id, event.path("subject").asText());
        assertEquals(id, event.path("data").path("ticketId").asText());
        assertEquals("/switchboard/ticket-service", event.path("source").asText());
        assertEquals(id, published.getMetadata(io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata.class)
                .orElseThrow().getKey());
        org.awaitility.Awaitility.await().until(() -> outboxRows(id) == 0);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void ticketNumbersCountUpPerService() {
        long first = Long.parseLong(number(create("CS")).substring(3));
        long second = Long.parseLong(number(create("CS")).substring(3));
        assertEquals(first + 1, second);
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void anIntegrationCreatesApiTickets() {
        given().contentType(ContentType.JSON).body(NEW_TICKET)
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(201).body("channel", equalTo("API"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON).body("{\"title\": \"unterminated")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/malformed-json")).body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/services/CS/tickets"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void everyInvalidFieldIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"\", \"content\": \"x\", \"customer\": {\"email\": \"not-an-address\"}}")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("title", "customer.email"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aMissingBodyOrCustomerIsInvalid() {
        given().contentType(ContentType.JSON).body("{\"title\": \"t\", \"content\": \"c\"}")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).body("errors.field", contains("customer"));
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void unknownEnumValuesAndWrongTypesAreNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"content\": \"c\", \"channel\": \"PIGEON\", \"customer\": {\"email\": \"a@b.c\"}}")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).body("errors[0].field", equalTo("channel"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("MANUAL"));
        given().contentType(ContentType.JSON)
                .body("{\"title\": {\"nested\": 1}, \"content\": \"c\", \"customer\": {\"email\": \"a@b.c\"}}")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aTooLongTitleIsRefusedAndNothingIsWritten() {
        long before = rows("ticket");
        long outboxBefore = rows("outbox_event");
        given().contentType(ContentType.JSON)
                .body(NEW_TICKET.replace("Refund for order 1234", "x".repeat(201)))
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).body("errors.field", contains("title"));
        assertEquals(before, rows("ticket"));
        assertEquals(outboxBefore, rows("outbox_event"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aHugeBodyIsRefusedWith413Problem() {
        given().contentType(ContentType.JSON).body("{\"content\": \"" + "x".repeat(12 * 1024 * 1024) + "\"}")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anUnsupportedMethodOrMediaTypeIsAProblem() {
        given().when().delete("/api/v1/tickets").then().statusCode(405).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("hello").when().post("/api/v1/services/CS/tickets")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void withoutATokenEveryTicketEndpointIs401() {
        given().contentType(ContentType.JSON).body(NEW_TICKET)
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().when().get("/api/v1/tickets").then().statusCode(401);
        given().when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "erin", roles = "viewer")
    void aTokenWithoutTheAgentRoleIs403() {
        given().contentType(ContentType.JSON).body(NEW_TICKET)
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(403).contentType("application/problem+json").body("type", endsWith("/forbidden"));
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void anOperatorOfAnotherServiceSeesNothingOfIt() {
        given().contentType(ContentType.JSON).body(NEW_TICKET)
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(404).contentType("application/problem+json");
        String foreign = insertTicket("CS");
        given().when().get("/api/v1/tickets/" + foreign).then().statusCode(404);
        given().when().get("/api/v1/tickets/" + foreign + "/events").then().statusCode(404);
        given().when().get("/api/v1/tickets?view=all&limit=200").then().statusCode(200)
                .body("items.serviceCode", org.hamcrest.Matchers.everyItem(equalTo("DEV")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void unknownServicesAndTicketsAre404AndAMalformedIdIs400() {
        given().contentType(ContentType.JSON).body(NEW_TICKET)
                .when().post("/api/v1/services/NOPE/tickets")
                .then().statusCode(404).body("detail", equalTo("There is no service NOPE."));
        given().when().get("/api/v1/tickets/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/tickets/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void listsArePagedWithCursors() {
        create("CS");
        create("CS");
        create("CS");
        var first = given().when().get("/api/v1/tickets?limit=2").then().statusCode(200)
                .body("items", hasSize(2)).body("next", notNullValue()).extract().jsonPath();
        List<String> firstIds = first.getList("items.id");
        var second = given().queryParam("limit", 2).queryParam("cursor", first.getString("next"))
                .when().get("/api/v1/tickets").then().statusCode(200).extract().jsonPath();
        List<String> secondIds = second.getList("items.id");
        org.junit.jupiter.api.Assertions.assertTrue(secondIds.stream().noneMatch(firstIds::contains));

        given().queryParam("cursor", "garbage!").when().get("/api/v1/tickets")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("limit", 0).when().get("/api/v1/tickets").then().statusCode(400);
        given().queryParam("view", "everything").when().get("/api/v1/tickets").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void myViewShowsOnlyMyTickets() {
        given().when().get("/api/v1/tickets?view=mine&limit=200").then().statusCode(200)
                .body("items.assignee.username", org.hamcrest.Matchers.everyItem(equalTo("bob")));
    }

    @Test
    @TestSecurity(user = "carol", roles = "agent")
    void meNamesMyServicesAndGroups() {
        given().when().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("carol"))
                .body("services.code", contains("CS"))
                .body("services[0].role", equalTo("OPERATOR"))
                .body("services[0].groups.name", contains("Support"));
    }

    @Test
    @TestSecurity(user = "newcomer", roles = "agent")
    void aFirstTimeOperatorIsProvisionedWithoutServices() {
        given().when().get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("newcomer")).body("services", hasSize(0));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from operator where username = 'newcomer'")
                .getSingleResult()).longValue()));
    }

    // --- helpers

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void fiftyParallelCreatesGetFiftyDifferentNumbersAfterTheEarlierOnes() throws Exception {
        long before = Long.parseLong(number(create("CS")).substring("CS-".length()));
        ExecutorService clients = Executors.newFixedThreadPool(50);
        List<String> ids;
        try {
            List<Future<String>> creates = clients.invokeAll(java.util.Collections.nCopies(50, () -> create("CS")));
            ids = new java.util.ArrayList<>();
            for (Future<String> created : creates) {
                ids.add(created.get());
            }
        } finally {
            clients.shutdown();
        }
        List<Long> numbers = ids.stream().map(id -> Long.parseLong(number(id).substring("CS-".length()))).toList();
        assertEquals(50, new java.util.HashSet<>(numbers).size(), "unique: " + numbers);
        assertTrue(numbers.stream().allMatch(n -> n > before), "after CS-" + before + ": " + numbers);
        assertEquals(50, count("select count(*) from ticket_event where type = 'CREATED' and ticket_id in ('"
                + String.join("','", ids) + "')"), "each with its audit event");
    }

    public static String create(String service) {
        return given().contentType(ContentType.JSON).body(NEW_TICKET)
                .when().post("/api/v1/services/" + service + "/tickets")
                .then().statusCode(201).extract().path("id");
    }


    static String number(String id) {
        return given().when().get("/api/v1/tickets/" + id).then().extract().path("number");
    }

    Message<?> awaitPublished(String ticketId, String type) {
        return org.awaitility.Awaitility.await().until(() -> connector.sink("outbox").received().stream()
                        .filter(m -> ((String) m.getPayload()).contains(ticketId)
                                && ((String) m.getPayload()).contains("\"type\":\"" + type + "\""))
                        .findFirst().orElse(null),
                java.util.Objects::nonNull);
    }



}
