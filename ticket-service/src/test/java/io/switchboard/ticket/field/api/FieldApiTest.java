package io.switchboard.ticket.field.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.Db.count;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.arc.Arc;
import io.quarkus.cache.CacheManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.ticket.inquirytype.persistence.InquiryTypeRepository;
import io.switchboard.ticket.ticket.api.Identities;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Field definitions (admin API) and field values on tickets: every type, encryption, admin-only, codes. */
@QuarkusTest
class FieldApiTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void everyFieldTypeTakesItsValuesAndEveryBadValueIsNamedInOneProblem() {
        String type = inquiryType();
        String s = suffix();
        field("t_" + s, "CUSTOMER", "text", true, type);
        field("ta_" + s, "CUSTOMER", "textarea", false, type);
        field("cb_" + s, "CUSTOMER", "checkbox", false, type);
        field("dd_" + s, "CUSTOMER", "dropdown", false, type);
        field("rd_" + s, "CUSTOMER", "radio", false, type);
        field("d_" + s, "CUSTOMER", "date", false, type);
        field("dt_" + s, "CUSTOMER", "datetime", false, type);
        field("dp_" + s, "CUSTOMER", "date_period", false, type);
        field("dtp_" + s, "CUSTOMER", "datetime_period", false, type);
        field("ag_" + s, "CUSTOMER", "agree", true, type);
        field("cap_" + s, "CUSTOMER", "caption", false, type);
        field("f_" + s, "CUSTOMER", "file", false, type);

        String good = """
                {"t_%1$s": "hello", "ta_%1$s": "line 1\\nline 2", "cb_%1$s": false, "dd_%1$s": "a", "rd_%1$s": "b",
                 "d_%1$s": "2026-01-31", "dt_%1$s": "2026-01-31T09:30:00+09:00",
                 "dp_%1$s": {"from": "2026-01-01", "to": "2026-01-31"},
                 "dtp_%1$s": {"from": "2026-01-01T00:00:00Z", "to": "2026-01-01T00:00:00Z"}, "ag_%1$s": true}"""
                .formatted(s);
        String id = createTicket(type, good).then().statusCode(201)
                .body("fields.t_" + s, equalTo("hello")).body("fields.cb_" + s, equalTo(false))
                .body("fields.dp_" + s + ".to", equalTo("2026-01-31")).body("fields.ag_" + s, equalTo(true))
                .extract().path("id");
        given().when().get("/api/v1/tickets/" + id).then().body("fields.dd_" + s, equalTo("a"));

        long tickets = count("select count(*) from ticket");
        String bad = """
                {"ta_%1$s": 5, "cb_%1$s": "yes", "dd_%1$s": "z", "rd_%1$s": null, "d_%1$s": "31.01.2026",
                 "dt_%1$s": "2026-01-31T09:30:00", "dp_%1$s": {"from": "2026-02-01", "to": "2026-01-31"},
                 "dtp_%1$s": {"from": "2026-01-01T00:00:00Z"}, "ag_%1$s": false, "cap_%1$s": "text",
                 "f_%1$s": ["e0000000-0000-4000-8000-000000000001"]}""".formatted(s);
        createTicket(type, bad).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("fields.ta_" + s, "fields.cb_" + s, "fields.dd_" + s,
                        "fields.d_" + s, "fields.dt_" + s, "fields.dp_" + s, "fields.dtp_" + s, "fields.ag_" + s,
                        "fields.cap_" + s, "fields.f_" + s, "fields.t_" + s))
                .body("errors.find { it.field == 'fields.t_" + s + "' }.message", equalTo("is required"))
                .body("errors.find { it.field == 'fields.ag_" + s + "' }.message", containsString("agreed"))
                .body("errors.find { it.field == 'fields.dp_" + s + "' }.message", containsString("after"))
                .body("errors.find { it.field == 'fields.f_" + s + "' }.message", containsString("attachments"));
        assertEquals(tickets, count("select count(*) from ticket"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void anEncryptedValueIsStoredAndPublishedOnlyAsCiphertextAndShownInTheDetail() {
        String type = inquiryType();
        String code = "secret_" + suffix();
        given().contentType(ContentType.JSON).body("""
                        {"code": "%s", "scope": "CUSTOMER", "type": "text", "encrypted": true,
                         "names": {"en": "Resident number"}, "inquiryTypeIds": ["%s"]}""".formatted(code, type))
                .when().post("/api/v1/services/CS/fields").then().statusCode(201).body("encrypted", equalTo(true));
        String plaintext = "900101-" + suffix();
        String id = Identities.as("bob", "agent", () -> createTicket(type,
                "{\"" + code + "\": \"" + plaintext + "\"}").then().statusCode(201)
                .body("fields." + code, equalTo(plaintext)).extract().path("id"));

        assertEquals(0, count("select count(*) from ticket where cast(encrypted_values as text) like '%" + plaintext
                + "%' or cast(field_values as text) like '%" + plaintext + "%'"));
        assertEquals(1, count("select count(*) from ticket where encrypted_values -> '" + code + "' is not null"));
        Awaitility.await().until(() -> connector.sink("outbox").received().stream()
                .anyMatch(m -> ((String) m.getPayload()).contains(id)));
        assertFalse(connector.sink("outbox").received().stream().anyMatch(m -> ((String) m.getPayload()).contains(plaintext)));
        assertEquals(0, count("select count(*) from outbox_event where cast(payload as text) like '%" + plaintext + "%'"));

        Identities.as("carol", "agent", () -> given().when().get("/api/v1/tickets/" + id).then()
                .body("fields." + code, equalTo(plaintext)));
        given().when().get("/api/v1/tickets?view=all&limit=200").then()
                .body("items.find { it.id == '" + id + "' }.fields", not(hasKey(code)));
        Identities.as("demo-integration", "integration", () -> given().when().get("/api/v1/tickets/" + id).then()
                .statusCode(200).body("fields", not(hasKey(code))));
        // changing it re-encrypts; the history names the field but never shows the value
        given().contentType(ContentType.JSON).body("{\"fields\": {\"" + code + "\": \"other\"}}")
                .when().patch("/api/v1/tickets/" + id + "/attributes").then().statusCode(200)
                .body("fields." + code, equalTo("other"));
        given().when().get("/api/v1/tickets/" + id + "/events").then()
                .body("find { it.type == 'ATTRIBUTES_CHANGED' }.changes.'fields." + code + "'.encrypted", equalTo(true));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void adminOnlyFieldsAreHiddenFromOperators() {
        String code = "internal_" + suffix();
        Identities.as("alice", "agent", () -> given().contentType(ContentType.JSON).body("""
                        {"code": "%s", "scope": "OPERATOR", "type": "text", "adminOnly": true, "names": {"en": "Internal"}}"""
                        .formatted(code))
                .when().post("/api/v1/services/CS/fields").then().statusCode(201));
        String id = given().contentType(ContentType.JSON)
                .body("{\"title\": \"t\", \"content\": \"c\", \"customer\": {\"email\": \"x@example.com\"}}")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        Identities.as("alice", "agent", () -> given().contentType(ContentType.JSON)
                .body("{\"fields\": {\"" + code + "\": \"watch out\"}}")
                .when().patch("/api/v1/tickets/" + id + "/attributes").then().statusCode(200)
                .body("fields." + code, equalTo("watch out")));

        given().when().get("/api/v1/tickets/" + id).then().statusCode(200).body("fields", not(hasKey(code)));
        given().when().get("/api/v1/services/CS/fields").then().statusCode(200).body("code", not(hasItem(code)));
        given().when().get("/api/v1/services/CS/fields/" + code).then().statusCode(404);
        given().when().get("/api/v1/tickets/" + id + "/events").then()
                .body("find { it.type == 'ATTRIBUTES_CHANGED' }.changes", not(hasKey("fields." + code)));
        given().contentType(ContentType.JSON).body("{\"fields\": {\"" + code + "\": \"mine\"}}")
                .when().patch("/api/v1/tickets/" + id + "/attributes").then().statusCode(400)
                .body("errors.field", contains("fields." + code));
        Identities.as("alice", "agent", () -> given().when().get("/api/v1/tickets/" + id + "/events").then()
                .body("find { it.type == 'ATTRIBUTES_CHANGED' }.changes.'fields." + code + "'.after", equalTo("watch out")));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aCodeIsNeverUsedAgainEvenAfterDeletion() {
        String code = "gone_" + suffix();
        String body = "{\"code\": \"" + code + "\", \"scope\": \"OPERATOR\", \"type\": \"checkbox\", \"names\": {\"en\": \"Gone\"}}";
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/services/CS/fields")
                .then().statusCode(201).header("Location", containsString("/api/v1/services/CS/fields/" + code));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/services/CS/fields").then().statusCode(409);
        given().when().delete("/api/v1/services/CS/fields/" + code).then().statusCode(204);
        given().when().get("/api/v1/services/CS/fields/" + code).then().statusCode(404);
        given().when().get("/api/v1/services/CS/fields").then().body("code", not(hasItem(code)));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/services/CS/fields")
                .then().statusCode(409).body("detail", containsString("never reused"));
        assertEquals(1, count("select count(*) from field_definition where code = '" + code + "'"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void adminsManageFieldsAndBadDefinitionsAreNamed() {
        given().contentType(ContentType.JSON).body("""
                        {"code": "Bad Code", "scope": "CUSTOMER", "type": "dropdown", "adminOnly": true,
                         "names": {"fr": "Non"}, "options": [{"value": "a", "names": {}}, {"value": "a", "names": {}}]}""")
                .when().post("/api/v1/services/CS/fields").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("code", "names.fr", "options[1].value", "adminOnly"));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"x_" + suffix() + "\", \"scope\": \"CUSTOMER\", \"type\": \"slider\", \"names\": {\"en\": \"X\"}}")
                .when().post("/api/v1/services/CS/fields").then().statusCode(400).body("errors.field", contains("type"));
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"x_" + suffix() + "\", \"scope\": \"CUSTOMER\", \"type\": \"text\", \"names\": {\"en\": \"X\"}, "
                        + "\"inquiryTypeIds\": [\"" + UUID.randomUUID() + "\"]}")
                .when().post("/api/v1/services/CS/fields").then().statusCode(400).body("errors.field", contains("inquiryTypeIds"));

        String code = "plan_" + suffix();
        given().contentType(ContentType.JSON).body("""
                        {"code": "%s", "scope": "OPERATOR", "type": "radio", "names": {"en": "Plan"},
                         "options": [{"value": "free", "names": {"en": "Free"}}]}""".formatted(code))
                .when().post("/api/v1/services/CS/fields").then().statusCode(201).body("type", equalTo("radio"));
        given().contentType(ContentType.JSON).body("""
                        {"names": {"en": "Plan", "ko": "요금제"}, "options": [{"value": "free", "names": {"en": "Free"}},
                         {"value": "pro", "names": {"en": "Pro"}}], "required": true, "active": false, "position": 3}""")
                .when().put("/api/v1/services/CS/fields/" + code).then().statusCode(200)
                .body("options.value", contains("free", "pro")).body("active", equalTo(false))
                .body("names.ko", equalTo("요금제"));
        given().contentType(ContentType.JSON).body("{\"inquiryTypeIds\": [\"d0000000-0000-4000-8000-000000000001\"]}")
                .when().put("/api/v1/services/CS/fields/" + code + "/inquiry-types").then().statusCode(400)
                .body("errors.field", contains("inquiryTypeIds"));

        Identities.as("bob", "agent", () -> {
            given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"Mine\"}}")
                    .when().put("/api/v1/services/CS/fields/" + code).then().statusCode(403);
            given().when().delete("/api/v1/services/CS/fields/" + code).then().statusCode(403);
            return given().when().get("/api/v1/services/CS/fields").then().statusCode(200).body("code", hasItem(code));
        });
        Identities.as("dave", "agent", () -> given().when().get("/api/v1/services/CS/fields").then().statusCode(404));
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void integrationsReadTheActiveCustomerFieldsOfAnActiveInquiryTypeWithItsAncestorsFields() {
        given().when().get("/api/v1/services/CS/inquiry-types/d0000000-0000-4000-8000-000000000002/fields")
                .then().statusCode(200).body("code", contains("order_no")).body("[0].required", equalTo(true));
        given().when().get("/api/v1/services/CS/inquiry-types/d0000000-0000-4000-8000-000000000005/fields")
                .then().statusCode(200).body("code", org.hamcrest.Matchers.empty());
        given().when().get("/api/v1/services/CS/inquiry-types/d0000000-0000-4000-8000-000000000007/fields")
                .then().statusCode(404);
        given().when().get("/api/v1/services/CS/fields").then().statusCode(200)
                .body("scope", not(hasItem("OPERATOR")));
        given().when().get("/api/v1/services/DEV/fields").then().statusCode(404);
    }

    // --- helpers

    static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /**
     * An inquiry type of CS of this test only (under Account › Login, whose tree other tests do not
     * look into), so required fields linked to it bother nobody else.
     */
    static String inquiryType() {
        String created = QuarkusTransaction.requiringNew().call(() -> {
            String id = UUID.randomUUID().toString();
            Arc.container().instance(EntityManager.class).get().createNativeQuery("""
                            insert into inquiry_type (id, service_code, parent_id, names, position, active, depth)
                            values (cast(:id as uuid), 'CS', 'd0000000-0000-4000-8000-000000000005', cast(:names as jsonb),
                                    99, true, 3)""")
                    .setParameter("id", id).setParameter("names", "{\"en\": \"Test " + id + "\"}").executeUpdate();
            return id;
        });
        // written by SQL, past the cached trees, as a type API would not be
        Arc.container().instance(CacheManager.class).get().getCache(InquiryTypeRepository.CACHE).orElseThrow()
                .invalidateAll().await().indefinitely();
        return created;
    }

    static void field(String code, String scope, String type, boolean required, String inquiryType) {
        String options = type.equals("dropdown") || type.equals("radio")
                ? ", \"options\": [{\"value\": \"a\", \"names\": {\"en\": \"A\"}}, {\"value\": \"b\", \"names\": {\"en\": \"B\"}}]"
                : "";
        given().contentType(ContentType.JSON).body("""
                        {"code": "%s", "scope": "%s", "type": "%s", "required": %s, "names": {"en": "%s"},
                         "inquiryTypeIds": ["%s"]%s}""".formatted(code, scope, type, required, code, inquiryType, options))
                .when().post("/api/v1/services/CS/fields").then().statusCode(201);
    }

    static io.restassured.response.Response createTicket(String inquiryType, String fields) {
        return given().contentType(ContentType.JSON).body("""
                        {"title": "t", "content": "c", "inquiryTypeId": "%s", "fields": %s,
                         "customer": {"email": "f@example.com"}}""".formatted(inquiryType, fields))
                .when().post("/api/v1/services/CS/tickets");
    }
}
