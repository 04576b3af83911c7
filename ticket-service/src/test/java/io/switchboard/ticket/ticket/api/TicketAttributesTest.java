package io.switchboard.ticket.ticket.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.Db.count;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Priority, language, inquiry/processing types, tags and field values: on creation, in views, in events, by PATCH. */
@QuarkusTest
class TicketAttributesTest {

    static final String BILLING = "d0000000-0000-4000-8000-000000000001";
    static final String REFUND = "d0000000-0000-4000-8000-000000000002";
    static final String POINTS_INACTIVE = "d0000000-0000-4000-8000-000000000007";
    static final String LOGIN = "d0000000-0000-4000-8000-000000000005";
    static final String GUIDANCE = "e0000000-0000-4000-8000-000000000001";
    static final String REFUND_MADE = "e0000000-0000-4000-8000-000000000002";
    static final String OTHER_INACTIVE = "e0000000-0000-4000-8000-000000000003";

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void attributesGivenOnCreationAreShownAndPublishedAsTheContractSays() {
        String id = given().contentType(ContentType.JSON).body("""
                        {"title": "Refund", "content": "Charged twice", "priority": "HIGH", "language": "ja",
                         "inquiryTypeId": "%s", "processingTypeId": "%s", "tags": [" vip ", "Refund"],
                         "fields": {"order_no": " 1234 ", "cause": "bug"},
                         "customer": {"email": "sato@example.jp", "phone": "+81 90-1234-5678"}}""".formatted(REFUND, GUIDANCE))
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(201)
                .body("priority", equalTo("HIGH")).body("language", equalTo("ja"))
                .body("inquiryTypeId", equalTo(REFUND)).body("processingTypeId", equalTo(GUIDANCE))
                .body("tags", contains("vip", "Refund")).body("fields.order_no", equalTo("1234"))
                .body("fields.cause", equalTo("bug")).body("customer.phone", equalTo("+81 90-1234-5678"))
                .extract().path("id");
        given().when().get("/api/v1/tickets?view=all&limit=200").then()
                .body("items.find { it.id == '" + id + "' }.priority", equalTo("HIGH"))
                .body("items.find { it.id == '" + id + "' }.tags", contains("vip", "Refund"));

        JsonNode data = published(id, "TicketCreated").get(0).path("data");
        assertEquals("HIGH", data.path("priority").asText());
        assertEquals("ja", data.path("language").asText());
        assertEquals(List.of(BILLING, REFUND), texts(data.path("inquiryType").path("path")));
        assertEquals(REFUND, data.path("inquiryType").path("id").asText());
        assertEquals(GUIDANCE, data.path("processingTypeId").asText());
        assertEquals("+81 90-1234-5678", data.path("customer").path("phone").asText());
        assertEquals("1234", data.path("fields").path("order_no").asText());
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void withoutAttributesATicketIsNormalInTheServicesFirstLanguage() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"content\": \"c\", \"customer\": {\"email\": \"a@example.com\"}}")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201)
                .body("priority", equalTo("NORMAL")).body("language", equalTo("ko"))
                .body("inquiryTypeId", nullValue()).body("tags", org.hamcrest.Matchers.empty())
                .extract().path("id");
        JsonNode data = published(id, "TicketCreated").get(0).path("data");
        assertTrue(data.path("inquiryType").isNull());
        assertTrue(data.path("customer").path("phone").isNull());
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void everyInvalidAttributeIsNamedInOneProblemAndNothingIsWritten() {
        long before = count("select count(*) from ticket");
        String tags = String.join(",", java.util.stream.IntStream.range(0, 20).mapToObj(i -> "\"t" + i + "\"").toList());
        given().contentType(ContentType.JSON).body("""
                        {"title": "t", "content": "c", "language": "fr", "inquiryTypeId": "%s",
                         "processingTypeId": "%s", "tags": [%s, "", "VIP", "vip", "%s"],
                         "fields": {"nope": "x", "cause": "weather"}, "customer": {"email": "a@example.com"}}"""
                        .formatted(UUID.randomUUID(), UUID.randomUUID(), tags, "y".repeat(51)))
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("language", "inquiryTypeId", "processingTypeId", "tags[20]",
                        "tags[22]", "tags[23]", "tags", "fields.nope", "fields.cause"))
                .body("errors.find { it.field == 'language' }.message", containsString("[ko, ja, en]"))
                .body("errors.find { it.field == 'fields.cause' }.message", containsString("[bug, user]"));
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"content\": \"c\", \"priority\": \"SOON\", \"customer\": {\"email\": \"a@example.com\"}}")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).body("errors[0].field", equalTo("priority"));
        assertEquals(before, count("select count(*) from ticket"));
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void integrationsUseActiveTypesOnlyAndFillInRequiredCustomerFields() {
        given().contentType(ContentType.JSON).body("""
                        {"title": "t", "content": "c", "inquiryTypeId": "%s", "processingTypeId": "%s",
                         "fields": {"cause": "bug"}, "customer": {"email": "a@example.com"}}"""
                        .formatted(POINTS_INACTIVE, OTHER_INACTIVE))
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("inquiryTypeId", "processingTypeId", "fields.cause",
                        "fields.order_no"))
                .body("errors.find { it.field == 'fields.order_no' }.message", equalTo("is required"));
        given().contentType(ContentType.JSON).body("""
                        {"title": "t", "content": "c", "inquiryTypeId": "%s", "fields": {"order_no": "42"},
                         "customer": {"email": "a@example.com"}}""".formatted(REFUND))
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(201).body("fields.order_no", equalTo("42")).body("fields", not(hasKey("cause")));
        // a customer field of another inquiry type does not belong to this ticket
        given().contentType(ContentType.JSON).body("""
                        {"title": "t", "content": "c", "inquiryTypeId": "%s", "fields": {"order_no": "42"},
                         "customer": {"email": "a@example.com"}}""".formatted(LOGIN))
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).body("errors.field", contains("fields.order_no"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void operatorsMayUseInactiveTypes() {
        given().contentType(ContentType.JSON).body("""
                        {"title": "t", "content": "c", "inquiryTypeId": "%s", "processingTypeId": "%s",
                         "fields": {"order_no": "7"}, "customer": {"email": "a@example.com"}}""".formatted(POINTS_INACTIVE,
                        OTHER_INACTIVE))
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201)
                .body("inquiryTypeId", equalTo(POINTS_INACTIVE)).body("fields.order_no", equalTo("7"));
        given().when().get("/api/v1/services/CS/processing-types").then().statusCode(200)
                .body("id", contains(GUIDANCE, OTHER_INACTIVE)).body("[0].children[0].id", equalTo(REFUND_MADE));
        Identities.as("demo-integration", "integration", () -> given().when().get("/api/v1/services/CS/processing-types")
                .then().statusCode(200).body("id", contains(GUIDANCE)).body("[0].active", nullValue()));
    }

    // --- PATCH /tickets/{id}/attributes

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aPatchChangesAttributesWithOneHistoryLineAndOneTicketUpdated() {
        String id = create();
        long version = version(id);
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("""
                        {"priority": "URGENT", "processingTypeId": "%s", "tags": ["vip"], "language": "en",
                         "fields": {"cause": "user"}}""".formatted(REFUND_MADE))
                .when().patch("/api/v1/tickets/" + id + "/attributes")
                .then().statusCode(200).header("ETag", containsString(String.valueOf(version + 1)))
                .body("priority", equalTo("URGENT")).body("processingTypeId", equalTo(REFUND_MADE))
                .body("tags", contains("vip")).body("language", equalTo("en")).body("fields.cause", equalTo("user"));

        given().when().get("/api/v1/tickets/" + id + "/events").then()
                .body("findAll { it.type == 'ATTRIBUTES_CHANGED' }.size()", equalTo(1))
                .body("find { it.type == 'ATTRIBUTES_CHANGED' }.actor", equalTo("bob"))
                .body("find { it.type == 'ATTRIBUTES_CHANGED' }.changes.priority.before", equalTo("NORMAL"))
                .body("find { it.type == 'ATTRIBUTES_CHANGED' }.changes.priority.after", equalTo("URGENT"))
                .body("find { it.type == 'ATTRIBUTES_CHANGED' }.changes.'fields.cause'.after", equalTo("user"));

        JsonNode updated = Awaitility.await().until(() -> published(id, "TicketUpdated"), l -> !l.isEmpty()).get(0);
        JsonNode data = updated.path("data");
        assertEquals(List.of("priority", "language", "processingType", "tags", "fields"), texts(data.path("changed")));
        assertEquals("OPERATOR", data.path("changedBy").path("kind").asText());
        assertEquals("bob", data.path("changedBy").path("name").asText());
        assertEquals("user", data.path("fields").path("cause").asText());

        // the same values again change nothing: no line, no event, same version
        given().contentType(ContentType.JSON).body("{\"priority\": \"URGENT\", \"tags\": [\"vip\"]}")
                .when().patch("/api/v1/tickets/" + id + "/attributes")
                .then().statusCode(200).header("ETag", containsString(String.valueOf(version + 1)));
        assertEquals(1, count("select count(*) from ticket_event where type = 'ATTRIBUTES_CHANGED' and ticket_id = '"
                + id + "'"));
        // null clears a type and a field value
        given().contentType(ContentType.JSON).body("{\"processingTypeId\": null, \"fields\": {\"cause\": null}}")
                .when().patch("/api/v1/tickets/" + id + "/attributes")
                .then().statusCode(200).body("processingTypeId", nullValue()).body("fields", not(hasKey("cause")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anotherInquiryTypeAsksForItsRequiredFields() {
        String id = create();
        long version = version(id);
        // Refund asks for the order number, which the ticket without a type never had
        given().contentType(ContentType.JSON).body("{\"inquiryTypeId\": \"%s\", \"priority\": \"HIGH\"}".formatted(REFUND))
                .when().patch("/api/v1/tickets/" + id + "/attributes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("fields.order_no"))
                .body("errors[0].message", equalTo("is required"));
        given().when().get("/api/v1/tickets/" + id).then().body("inquiryTypeId", nullValue())
                .body("priority", equalTo("NORMAL")).body("version", equalTo((int) version));
        given().contentType(ContentType.JSON)
                .body("{\"inquiryTypeId\": \"%s\", \"fields\": {\"order_no\": \"A-1\"}}".formatted(REFUND))
                .when().patch("/api/v1/tickets/" + id + "/attributes")
                .then().statusCode(200).body("inquiryTypeId", equalTo(REFUND)).body("fields.order_no", equalTo("A-1"));
        // the type kept: other changes do not ask again; a filled-in value carries over to a type that asks too
        given().contentType(ContentType.JSON).body("{\"priority\": \"HIGH\"}")
                .when().patch("/api/v1/tickets/" + id + "/attributes").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"inquiryTypeId\": \"%s\"}".formatted(POINTS_INACTIVE))
                .when().patch("/api/v1/tickets/" + id + "/attributes")
                .then().statusCode(200).body("inquiryTypeId", equalTo(POINTS_INACTIVE));
        // a type that asks for nothing required
        given().contentType(ContentType.JSON).body("{\"inquiryTypeId\": \"%s\"}".formatted(LOGIN))
                .when().patch("/api/v1/tickets/" + id + "/attributes").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aPatchWithAStaleVersionIsAConflictAndWritesNothing() {
        String id = create();
        long version = version(id);
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body("{\"priority\": \"LOW\"}")
                .when().patch("/api/v1/tickets/" + id + "/attributes").then().statusCode(200);
        long events = count("select count(*) from ticket_event where ticket_id = '" + id + "'");
        long outbox = count("select count(*) from outbox_event where aggregate_id = '" + id + "'");
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body("{\"priority\": \"HIGH\"}")
                .when().patch("/api/v1/tickets/" + id + "/attributes")
                .then().statusCode(409).contentType("application/problem+json");
        given().when().get("/api/v1/tickets/" + id).then().body("priority", equalTo("LOW"))
                .body("version", equalTo((int) version + 1));
        assertEquals(events, count("select count(*) from ticket_event where ticket_id = '" + id + "'"));
        assertTrue(count("select count(*) from outbox_event where aggregate_id = '" + id + "'") <= outbox);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void badPatchesAreNamedAndOutsidersGet404() {
        String id = create();
        given().contentType(ContentType.JSON)
                .body("{\"inquiryTypeId\": 42, \"processingTypeId\": \"nope\", \"language\": \"xx\"}")
                .when().patch("/api/v1/tickets/" + id + "/attributes")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("inquiryTypeId", "processingTypeId"));
        given().contentType(ContentType.JSON).body("{\"language\": \"xx\", \"tags\": [\"a\", \"A\"]}")
                .when().patch("/api/v1/tickets/" + id + "/attributes")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("language", "tags[1]"));
        Identities.as("dave", "agent", () -> given().contentType(ContentType.JSON).body("{\"priority\": \"LOW\"}")
                .when().patch("/api/v1/tickets/" + id + "/attributes").then().statusCode(404));
        Identities.as("demo-integration", "integration", () -> given().contentType(ContentType.JSON)
                .body("{\"priority\": \"LOW\"}").when().patch("/api/v1/tickets/" + id + "/attributes")
                .then().statusCode(403));
        given().when().get("/api/v1/tickets/" + id).then().body("priority", equalTo("NORMAL"));
    }

    // --- helpers

    static String create() {
        return given().contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"content\": \"c\", \"customer\": {\"email\": \"p@example.com\"}}")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
    }

    static long version(String id) {
        return ((Number) given().when().get("/api/v1/tickets/" + id).then().extract().path("version")).longValue();
    }

    List<JsonNode> published(String ticket, String type) {
        return Awaitility.await().until(() -> connector.sink("outbox").received().stream()
                .map(m -> (String) m.getPayload())
                .filter(p -> p.contains(ticket) && p.contains("\"type\":\"" + type + "\""))
                .map(EventContract::assertValid).toList(), l -> !l.isEmpty());
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

}
