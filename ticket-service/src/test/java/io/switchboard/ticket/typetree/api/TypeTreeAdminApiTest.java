package io.switchboard.ticket.typetree.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Both type trees are edited alike; each test builds its tree in a service of its own. */
@QuarkusTest
class TypeTreeAdminApiTest {

    @Inject
    EntityManager entityManager;

    @ParameterizedTest
    @ValueSource(strings = {"inquiry-types", "processing-types"})
    @TestSecurity(user = "root", roles = "org-admin")
    void anAdminBuildsATreeWithNamesPerLanguageAndTheIdsStay(String tree) {
        String path = "/api/v1/services/" + newService() + "/" + tree;
        String billing = add(path, "{\"names\": {\"ko\": \" 결제 \", \"ja\": \"お支払い\", \"en\": \"Billing\"}}");
        String account = add(path, "{\"names\": {\"en\": \"Account\"}}");
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"Refund\"}, \"parentId\": \"" + billing + "\"}")
                .when().post(path)
                .then().statusCode(201).header("Location", endsWith(path + "/" + json(path).getList("[0].children.id")
                        .get(0))).body("names.en", equalTo("Refund")).body("active", equalTo(true))
                .body("children", empty());
        // a place among the siblings: first
        add(path, "{\"names\": {\"en\": \"Double charge\"}, \"parentId\": \"" + billing + "\", \"position\": 1}");

        given().when().get(path).then().statusCode(200)
                .body("names.en", contains("Billing", "Account"))
                .body("[0].names.ko", equalTo("결제"))
                .body("[0].position", equalTo(1)).body("[1].position", equalTo(2))
                .body("[0].children.names.en", contains("Double charge", "Refund"))
                .body("[0].children.position", contains(1, 2));

        // renamed: the names are replaced as a whole, the id stays
        given().contentType(ContentType.JSON).body("{\"names\": {\"ko\": \"계정\", \"ja\": \"アカウント\"}}")
                .when().patch(path + "/" + account)
                .then().statusCode(200).body("id", equalTo(account)).body("names.ko", equalTo("계정"))
                .body("names.en", equalTo(null)).body("active", equalTo(true));
        // deactivated with its subtree: the type keeps its children and is marked for operators
        given().contentType(ContentType.JSON).body("{\"active\": false}")
                .when().patch(path + "/" + billing)
                .then().statusCode(200).body("active", equalTo(false))
                .body("children.names.en", contains("Double charge", "Refund"));
        given().when().get(path).then().body("[0].active", equalTo(false)).body("[0].id", equalTo(billing));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void aDragMovesAndReordersInOneCallAndTheSubtreeFollows() {
        String path = "/api/v1/services/" + newService() + "/inquiry-types";
        String a = add(path, "{\"names\": {\"en\": \"A\"}}");
        String b = add(path, "{\"names\": {\"en\": \"B\"}}");
        String a1 = add(path, "{\"names\": {\"en\": \"A1\"}, \"parentId\": \"" + a + "\"}");
        String a1x = add(path, "{\"names\": {\"en\": \"A1x\"}, \"parentId\": \"" + a1 + "\"}");
        add(path, "{\"names\": {\"en\": \"A2\"}, \"parentId\": \"" + a + "\"}");

        // A1 (with A1x) to the roots, first; A's remaining child is renumbered
        given().contentType(ContentType.JSON).body("{\"parentId\": null, \"position\": 1}")
                .when().post(path + "/" + a1 + "/move")
                .then().statusCode(200)
                .body("names.en", contains("A1", "A", "B")).body("position", contains(1, 2, 3))
                .body("[0].children.names.en", contains("A1x"))
                .body("[1].children.names.en", contains("A2")).body("[1].children.position", contains(1));
        assertEquals(List.of(1, 2), depths("inquiry_type", a1, a1x));

        // and under B, last: the depth of everything below it is derived again
        given().contentType(ContentType.JSON).body("{\"parentId\": \"" + b + "\"}")
                .when().post(path + "/" + a1 + "/move").then().statusCode(200)
                .body("names.en", contains("A", "B")).body("[1].children.names.en", contains("A1"))
                .body("[1].children[0].children.names.en", contains("A1x"));
        assertEquals(List.of(2, 3), depths("inquiry_type", a1, a1x));

        // reordering among the same siblings: B before A
        given().contentType(ContentType.JSON).body("{\"parentId\": null, \"position\": 1}")
                .when().post(path + "/" + b + "/move").then().statusCode(200)
                .body("names.en", contains("B", "A")).body("position", contains(1, 2));
        // a position past the end means last
        given().contentType(ContentType.JSON).body("{\"parentId\": null, \"position\": 9}")
                .when().post(path + "/" + b + "/move").then().statusCode(200).body("names.en", contains("A", "B"));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void noTypeGoesBelowTheFifthLevelNorUnderItself() {
        String path = "/api/v1/services/" + newService() + "/processing-types";
        String parent = null;
        String second = null;
        for (int level = 1; level <= 5; level++) {
            parent = add(path, "{\"names\": {\"en\": \"L" + level + "\"}"
                    + (parent == null ? "" : ", \"parentId\": \"" + parent + "\"") + "}");
            second = level == 2 ? parent : second;
        }
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"L6\"}, \"parentId\": \"" + parent + "\"}")
                .when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("parentId")).body("errors[0].message", containsString("5 levels"));
        String other = add(path, "{\"names\": {\"en\": \"Other\"}}");
        String otherChild = add(path, "{\"names\": {\"en\": \"Other child\"}, \"parentId\": \"" + other + "\"}");
        // a two-level subtree fits under level 3, not under level 4
        String fourth = json(path).getString("[0].children[0].children[0].children[0].id");
        given().contentType(ContentType.JSON).body("{\"parentId\": \"" + fourth + "\"}")
                .when().post(path + "/" + other + "/move")
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"))
                .body("errors[0].message", containsString("deeper than 5 levels"));
        // under itself or its own subtree
        given().contentType(ContentType.JSON).body("{\"parentId\": \"" + otherChild + "\"}")
                .when().post(path + "/" + other + "/move")
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        given().contentType(ContentType.JSON).body("{\"parentId\": \"" + second + "\", \"position\": 0}")
                .when().post(path + "/" + other + "/move")
                .then().statusCode(400).body("errors[0].field", equalTo("position"));
        // nothing moved
        given().when().get(path).then().body("names.en", contains("L1", "Other"))
                .body("[1].children.names.en", contains("Other child"));
        String third = json(path).getString("[0].children[0].children[0].id");
        given().contentType(ContentType.JSON).body("{\"parentId\": \"" + third + "\"}")
                .when().post(path + "/" + other + "/move").then().statusCode(200);
        assertEquals(List.of(4, 5), depths("processing_type", other, otherChild));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void badRequestsNameTheirFieldsAndChangeNothing() {
        String code = newService();
        String path = "/api/v1/services/" + code + "/inquiry-types";
        String a = add(path, "{\"names\": {\"en\": \"A\"}}");
        given().contentType(ContentType.JSON).body("{\"names\": {\"ko\": \" \", \"xx\": \"A\", \"ja\": \"" + "あ".repeat(101) + "\"}}")
                .when().post(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("names.ja", "names.ko", "names.xx"));
        given().contentType(ContentType.JSON).body("{\"names\": {}}").when().post(path)
                .then().statusCode(400).body("errors.field", contains("names"));
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"B\"}, \"parentId\": \"" + UUID.randomUUID() + "\"}")
                .when().post(path).then().statusCode(400).body("errors.field", contains("parentId"));
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"B\"}, \"position\": 0}")
                .when().post(path).then().statusCode(400).body("errors.field", contains("position"));
        given().contentType(ContentType.JSON).body("{\"names\": \"B\"}").when().post(path)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").when().patch(path + "/" + a)
                .then().statusCode(400).body("errors.field", contains("names"));
        given().contentType(ContentType.JSON).body("{\"active\": false}").when().patch(path + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"active\": false}").when().patch(path + "/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get(path).then().body("names.en", contains("A")).body("[0].active", equalTo(true));
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"X\"}}")
                .when().post("/api/v1/services/NOPE/inquiry-types").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "root", roles = {"org-admin", "agent"})
    void aTypeTicketsNameIsDeactivatedNotDeleted() {
        String code = newService();
        memberOf(code);
        String path = "/api/v1/services/" + code + "/inquiry-types";
        String processing = "/api/v1/services/" + code + "/processing-types";
        String billing = add(path, "{\"names\": {\"en\": \"Billing\"}}");
        String refund = add(path, "{\"names\": {\"en\": \"Refund\"}, \"parentId\": \"" + billing + "\"}");
        String unused = add(path, "{\"names\": {\"en\": \"Unused\"}}");
        add(path, "{\"names\": {\"en\": \"Unused child\"}, \"parentId\": \"" + unused + "\"}");
        String shipping = add(path, "{\"names\": {\"en\": \"Shipping\"}}");
        String guidance = add(processing, "{\"names\": {\"en\": \"Guidance\"}}");
        given().contentType(ContentType.JSON).body("""
                        {"title": "Refund please", "content": "c", "inquiryTypeId": "%s", "processingTypeId": "%s",
                         "customer": {"email": "type-in-use@example.com"}}""".formatted(refund, guidance))
                .when().post("/api/v1/services/" + code + "/tickets").then().statusCode(201);

        given().when().delete(path + "/" + billing).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("1 ticket")).body("detail", containsString("deactivate"));
        given().when().delete(path + "/" + refund).then().statusCode(409);
        given().when().delete(processing + "/" + guidance).then().statusCode(409);
        // an unused type goes with its subtree, and its siblings close up
        given().when().delete(path + "/" + unused).then().statusCode(204);
        given().when().get(path).then().body("names.en", contains("Billing", "Shipping")).body("position", contains(1, 2))
                .body("id", not(hasItem(unused)));
        given().when().delete(path + "/" + unused).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"active\": false}").when().patch(path + "/" + billing)
                .then().statusCode(200).body("active", equalTo(false));
        given().when().delete(path + "/" + shipping).then().statusCode(204);
        given().when().get(path).then().body("names.en", contains("Billing"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aServiceAdminEditsTheirServicesTrees() {
        String id = add("/api/v1/services/CS/processing-types", "{\"names\": {\"en\": \"Temporary\"}}");
        given().when().delete("/api/v1/services/CS/processing-types/" + id).then().statusCode(204);
        given().when().get("/api/v1/services/CS/processing-types").then().body("id", not(hasItem(id)));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void operatorsMayNotEditAndOthersDoNotSeeTheService() {
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"X\"}}")
                .when().post("/api/v1/services/CS/inquiry-types").then().statusCode(403)
                .contentType("application/problem+json");
        String billing = json("/api/v1/services/CS/inquiry-types").getString("[0].id");
        given().contentType(ContentType.JSON).body("{\"active\": false}")
                .when().patch("/api/v1/services/CS/inquiry-types/" + billing).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"position\": 2}")
                .when().post("/api/v1/services/CS/inquiry-types/" + billing + "/move").then().statusCode(403);
        given().when().delete("/api/v1/services/CS/inquiry-types/" + billing).then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"X\"}}")
                .when().post("/api/v1/services/DEV/inquiry-types").then().statusCode(404);
        given().when().get("/api/v1/services/CS/inquiry-types").then().body("[0].names.en", equalTo("Billing"))
                .body("[0].active", equalTo(true));
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void integrationsMayNotEdit() {
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"X\"}}")
                .when().post("/api/v1/services/CS/inquiry-types").then().statusCode(403);
    }

    @Test
    void withoutATokenItIs401() {
        given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"X\"}}")
                .when().post("/api/v1/services/CS/inquiry-types").then().statusCode(401);
    }

    private static String newService() {
        String code = "T" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        given().contentType(ContentType.JSON).body("""
                        {"code": "%s", "name": "Type trees", "type": "INQUIRY", "timeZone": "Asia/Seoul",
                         "helpCenterLanguages": ["ko", "ja", "en"], "editorType": "HTML"}""".formatted(code))
                .when().post("/api/v1/services").then().statusCode(201);
        return code;
    }

    private static void memberOf(String code) {
        String group = given().contentType(ContentType.JSON).body("{\"name\": \"Team\"}")
                .when().post("/api/v1/services/" + code + "/groups").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("""
                        {"username": "root", "role": "ADMIN", "groups": ["%s"]}""".formatted(group))
                .when().post("/api/v1/services/" + code + "/members").then().statusCode(201);
    }

    private static String add(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(201).extract().path("id");
    }

    private static io.restassured.path.json.JsonPath json(String path) {
        return given().when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private List<Integer> depths(String table, String... ids) {
        return QuarkusTransaction.requiringNew().call(() -> java.util.Arrays.stream(ids)
                .map(id -> ((Number) entityManager.createNativeQuery(
                                "select depth from " + table + " where id = cast(:id as uuid)")
                        .setParameter("id", id).getSingleResult()).intValue())
                .toList());
    }
}
