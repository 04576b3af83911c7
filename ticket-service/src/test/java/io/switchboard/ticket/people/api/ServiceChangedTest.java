package io.switchboard.ticket.people.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Business hours and the ServiceChanged snapshot other services keep their copy from. */
@QuarkusTest
class ServiceChangedTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aServiceAdminReplacesTheBusinessHoursAndTheChangeIsPublished() {
        given().when().get("/api/v1/services/CS/business-hours")
                .then().statusCode(200).body("days", hasSize(5)).body("days[0].day", equalTo("MONDAY"))
                .body("days[0].opens", equalTo("09:00")).body("holidays", hasSize(0));
        int before = serviceChanged("CS").size();
        try {
            replaceAndCheck(before);
        } finally {
            restoreWeekdays();
        }
    }

    private void replaceAndCheck(int before) {
        given().contentType(ContentType.JSON).body("""
                        {"days": [{"day": "SATURDAY", "opens": "10:00", "closes": "14:00"},
                                  {"day": "MONDAY", "opens": "08:30", "closes": "24:00"}],
                         "holidays": ["2026-12-25", "2026-01-01", "2026-12-25"]}""")
                .when().put("/api/v1/services/CS/business-hours")
                .then().statusCode(200)
                .body("days.day", contains("MONDAY", "SATURDAY"))
                .body("holidays", contains("2026-01-01", "2026-12-25"));
        given().when().get("/api/v1/services/CS/business-hours")
                .then().body("days[0].closes", equalTo("24:00"));

        JsonNode event = await().until(() -> serviceChanged("CS"), list -> list.size() > before).get(before);
        JsonNode data = event.path("data");
        assertEquals("Asia/Seoul", data.path("timeZone").asText());
        assertEquals("SATURDAY", data.path("businessHours").path("days").path(1).path("day").asText());
        List<String> admins = StreamSupport.stream(data.path("members").spliterator(), false)
                .filter(m -> m.path("role").asText().equals("ADMIN")).map(m -> m.path("username").asText()).toList();
        assertEquals(List.of("alice"), admins);
        JsonNode bob = StreamSupport.stream(data.path("members").spliterator(), false)
                .filter(m -> m.path("username").asText().equals("bob")).findFirst().orElseThrow();
        assertEquals("bob@example.com", bob.path("email").asText());
        assertEquals(true, bob.path("assignmentEnabled").asBoolean());
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void everyBadRowIsNamedAndNothingChanges() {
        given().contentType(ContentType.JSON).body("""
                        {"days": [{"day": "MONDAY", "opens": "18:00", "closes": "09:00"},
                                  {"day": "MONDAY", "opens": "9:00", "closes": "24:30"}],
                         "holidays": []}""")
                .when().put("/api/v1/services/CS/business-hours")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("days[0].closes", "days[1].day", "days[1].opens",
                        "days[1].closes"));
        given().contentType(ContentType.JSON).body("{\"days\": [{\"day\": \"FUNDAY\", \"opens\": \"09:00\", \"closes\": \"10:00\"}]}")
                .when().put("/api/v1/services/CS/business-hours")
                .then().statusCode(400).body("errors[0].field", equalTo("days[0].day"));
        given().contentType(ContentType.JSON).body("{\"days\": [], \"holidays\": [\"25 Dec\"]}")
                .when().put("/api/v1/services/CS/business-hours")
                .then().statusCode(400).body("errors[0].field", equalTo("holidays[0]"));
        given().contentType(ContentType.JSON).body("{\"days\": [")
                .when().put("/api/v1/services/CS/business-hours")
                .then().statusCode(400).body("type", org.hamcrest.Matchers.endsWith("/malformed-json"));
        given().when().get("/api/v1/services/CS/business-hours").then().body("days", hasSize(5));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void operatorsReadButDoNotChangeThem() {
        given().when().get("/api/v1/services/CS/business-hours").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"days\": [], \"holidays\": []}")
                .when().put("/api/v1/services/CS/business-hours")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void outsidersLearnNothing() {
        given().when().get("/api/v1/services/CS/business-hours").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"days\": [], \"holidays\": []}")
                .when().put("/api/v1/services/CS/business-hours").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void addingOrRemovingAForbiddenWordRepublishesTheServiceWithItsList() {
        String word = "멍청이" + java.util.UUID.randomUUID().toString().substring(0, 4);
        int before = serviceChanged("CS").size();
        String id = given().contentType(ContentType.JSON).body("{\"word\": \"" + word + "\"}")
                .when().post("/api/v1/services/CS/forbidden-words").then().statusCode(201).extract().path("id");
        JsonNode added = await().until(() -> serviceChanged("CS"), list -> list.size() > before).get(before);
        assertEquals(true, words(added).contains(word));
        assertEquals("Customer Support", added.path("data").path("name").asText());

        given().when().delete("/api/v1/services/CS/forbidden-words/" + id).then().statusCode(204);
        JsonNode removed = await().until(() -> serviceChanged("CS"), list -> list.size() > before + 1).get(before + 1);
        assertEquals(false, words(removed).contains(word));
    }

    private static List<String> words(JsonNode serviceChanged) {
        return StreamSupport.stream(serviceChanged.path("data").path("forbiddenWords").spliterator(), false)
                .map(JsonNode::asText).toList();
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void aNewServiceAndItsMembersArePublished() {
        String code = ServiceAdminApiTest.newCode();
        given().contentType(ContentType.JSON).body(ServiceAdminApiTest.service(code))
                .when().post("/api/v1/services").then().statusCode(201);
        JsonNode created = await().until(() -> serviceChanged(code), list -> !list.isEmpty()).get(0);
        assertEquals(0, created.path("data").path("members").size());
        assertEquals(0, created.path("data").path("forbiddenWords").size());
        assertEquals(List.of("ko", "en"), StreamSupport.stream(created.path("data").path("languages").spliterator(), false)
                .map(JsonNode::asText).toList());

        String group = given().contentType(ContentType.JSON).body("{\"name\": \"First line\"}")
                .when().post("/api/v1/services/" + code + "/groups").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("""
                        {"username": "carol", "role": "ADMIN", "groups": ["%s"], "assignmentEnabled": false}""".formatted(group))
                .when().post("/api/v1/services/" + code + "/members").then().statusCode(201);
        JsonNode withCarol = await().until(() -> serviceChanged(code), list -> list.size() == 2).get(1);
        JsonNode carol = withCarol.path("data").path("members").path(0);
        assertEquals("carol", carol.path("username").asText());
        assertEquals("ADMIN", carol.path("role").asText());
        assertEquals(false, carol.path("assignmentEnabled").asBoolean());

        given().when().delete("/api/v1/services/" + code + "/members/carol").then().statusCode(204);
        JsonNode empty = await().until(() -> serviceChanged(code), list -> list.size() == 3).get(2);
        assertEquals(0, empty.path("data").path("members").size());
    }

    @Test
    void servicesWrittenBySqlArePublishedWithTheirGroupsAtStartUp() {
        // the demo data is SQL: no API call published CS, so start-up did
        JsonNode cs = await().until(() -> serviceChanged("CS"), list -> !list.isEmpty()).get(0);
        assertEquals("Customer Support", cs.path("data").path("name").asText());
        JsonNode support = await().until(() -> connector.sink("outbox").received().stream()
                .map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"type\":\"GroupMembershipChanged\"")
                        && p.contains("\"subject\":\"a0000000-0000-4000-8000-000000000001\""))
                .map(EventContract::assertValid).findFirst().orElse(null), java.util.Objects::nonNull);
        assertEquals(List.of("bob", "carol"), StreamSupport.stream(support.path("data").path("members").spliterator(), false)
                .map(m -> m.path("username").asText()).toList());
        assertEquals("bob@example.com", support.path("data").path("members").path(0).path("email").asText());
        assertEquals(2L, io.switchboard.ticket.Db.count(
                "select count(*) from workspace where code in ('CS', 'DEV') and published_at is not null"));
    }

    private void restoreWeekdays() {
        given().contentType(ContentType.JSON).body("""
                        {"days": [{"day": "MONDAY", "opens": "09:00", "closes": "18:00"},
                                  {"day": "TUESDAY", "opens": "09:00", "closes": "18:00"},
                                  {"day": "WEDNESDAY", "opens": "09:00", "closes": "18:00"},
                                  {"day": "THURSDAY", "opens": "09:00", "closes": "18:00"},
                                  {"day": "FRIDAY", "opens": "09:00", "closes": "18:00"}], "holidays": []}""")
                .when().put("/api/v1/services/CS/business-hours").then().statusCode(200);
    }

    private List<JsonNode> serviceChanged(String code) {
        return connector.sink("outbox").received().stream()
                .filter(m -> code.equals(m.getMetadata(OutgoingKafkaRecordMetadata.class)
                        .map(OutgoingKafkaRecordMetadata::getKey).orElse(null)))
                .map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"type\":\"ServiceChanged\""))
                .map(EventContract::assertValid).toList();
    }
}
