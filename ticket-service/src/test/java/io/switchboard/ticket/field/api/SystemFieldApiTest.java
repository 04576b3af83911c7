package io.switchboard.ticket.field.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.Db.count;
import static io.switchboard.ticket.ticket.api.Identities.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** The system fields of a customer form: read by all who read fields, changed and reset by admins, never deleted. */
@QuarkusTest
@TestSecurity(user = "root", roles = {"org-admin", "agent"})
class SystemFieldApiTest {

    @Test
    void aNewServiceHasTheFiveAsBuiltInAndAnAdminRenamesReordersAndResetsThem() {
        String code = newService();
        given().when().get(path(code)).then().statusCode(200)
                .body("key", contains("inquiry_type", "email", "title", "content", "privacy_consent"))
                .body("type", contains("inquiry_type", "email", "text", "textarea", "agree"))
                .body("position", contains(1, 2, 3, 4, 5))
                .body("required", contains(false, true, true, true, true))
                .body("active", contains(true, true, true, true, false))
                .body("changeable", contains("REQUIRED", "NONE", "NONE", "NONE", "ACTIVE"))
                .body("customized", contains(false, false, false, false, false))
                .body("[0].names.ko", equalTo("문의 유형")).body("[3].names.ja", equalTo("お問い合わせ内容"));

        change(code, "title", """
                {"names": {"ko": " 문의 제목 ", "ja": "タイトル"}, "required": true, "active": true, "position": 0}""")
                .statusCode(200).body("names.ko", equalTo("문의 제목")).body("names.en", equalTo(null))
                .body("customized", equalTo(true)).body("position", equalTo(0));
        change(code, "inquiry_type", """
                {"names": {"en": "Topic"}, "required": true, "active": true, "position": 9}""").statusCode(200);
        given().when().get(path(code)).then()
                .body("key", contains("title", "email", "content", "privacy_consent", "inquiry_type"))
                .body("[4].required", equalTo(true)).body("[0].names.ja", equalTo("タイトル"));

        given().when().post(path(code) + "/title/reset").then().statusCode(200)
                .body("customized", equalTo(false)).body("names.ko", equalTo("제목")).body("position", equalTo(3));
        given().when().get(path(code)).then().body("key", contains("email", "title", "content", "privacy_consent",
                "inquiry_type"));
        assertEquals(1, count("select count(*) from system_field_setting where service_code = '" + code + "'"));
        // resetting what is built in changes nothing
        given().when().post(path(code) + "/email/reset").then().statusCode(200).body("customized", equalTo(false));
    }

    @Test
    void onlyAFieldsOwnSwitchChangesAndEveryBadValueIsNamed() {
        String code = newService();
        change(code, "title", """
                {"names": {"ko": "", "fr": "Titre", "en": "%s"}, "required": false, "active": false, "position": -1}"""
                .formatted("x".repeat(101)))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("names.ko", "names.fr", "names.en", "required", "active",
                        "position"))
                .body("errors.find { it.field == 'names.fr' }.message", containsString("[ko, ja, en]"))
                .body("errors.find { it.field == 'required' }.message", equalTo("cannot be changed on title"));
        change(code, "email", """
                {"names": {"en": "Mail"}, "required": false, "active": true, "position": 2}""")
                .statusCode(400).body("errors.field", contains("required"));
        change(code, "inquiry_type", """
                {"names": {"en": "Type"}, "required": false, "active": false, "position": 1}""")
                .statusCode(400).body("errors.field", contains("active"));
        // the privacy consent's label is the statement itself, so it may be long
        change(code, "privacy_consent", """
                {"names": {"ko": "%s"}, "required": true, "active": true, "position": 5}""".formatted("동".repeat(1000)))
                .statusCode(200);
        change(code, "content", "{\"names\": {\"en\": \"Body\"}}").statusCode(400)
                .body("errors.field", containsInAnyOrder("required", "active", "position"));
        change(code, "content", "not json").statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).when().put(path(code) + "/content").then().statusCode(400)
                .contentType("application/problem+json");
        change(code, "phone", """
                {"names": {"en": "Phone"}, "required": false, "active": true, "position": 6}""")
                .statusCode(404).contentType("application/problem+json").body("detail", containsString("privacy_consent"));
        given().when().delete(path(code) + "/title").then().statusCode(405);
        given().when().get(path("NOPE")).then().statusCode(404);
        assertEquals(1, count("select count(*) from system_field_setting where service_code = '" + code + "'"));
    }

    @Test
    void whatTheFormAsksForHoldsForIntegrationsAndNotForOperators() {
        String code = newService();
        given().when().put("/api/v1/integrations/demo-integration/services/" + code).then().statusCode(201);
        String ticket = """
                {"title": "Refund", "content": "Charged twice", "customer": {"email": "kim@example.com"}%s}""";
        as("demo-integration", "integration", () -> given().contentType(ContentType.JSON).body(ticket.formatted(""))
                .when().post("/api/v1/services/" + code + "/tickets").then().statusCode(201));

        change(code, "inquiry_type", """
                {"names": {"en": "Type"}, "required": true, "active": true, "position": 1}""").statusCode(200);
        change(code, "privacy_consent", """
                {"names": {"en": "I agree."}, "required": true, "active": true, "position": 5}""").statusCode(200);
        String type = given().contentType(ContentType.JSON).body("{\"names\": {\"en\": \"Billing\"}}")
                .when().post("/api/v1/services/" + code + "/inquiry-types").then().statusCode(201).extract().path("id");
        long tickets = count("select count(*) from ticket where workspace_code = '" + code + "'");
        as("demo-integration", "integration", () -> {
            given().contentType(ContentType.JSON).body(ticket.formatted(", \"privacyConsent\": false"))
                    .when().post("/api/v1/services/" + code + "/tickets").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("inquiryTypeId", "privacyConsent"));
            given().contentType(ContentType.JSON).body(ticket.formatted(", \"privacyConsent\": \"yes\""))
                    .when().post("/api/v1/services/" + code + "/tickets").then().statusCode(400)
                    .contentType("application/problem+json");
            // the integration reads the form as its customers see it
            given().when().get(path(code)).then().statusCode(200)
                    .body("key", contains("inquiry_type", "email", "title", "content", "privacy_consent"));
            given().contentType(ContentType.JSON)
                    .body(ticket.formatted(", \"privacyConsent\": true, \"inquiryTypeId\": \"" + type + "\""))
                    .when().post("/api/v1/services/" + code + "/tickets").then().statusCode(201);
            return null;
        });
        assertEquals(tickets + 1, count("select count(*) from ticket where workspace_code = '" + code + "'"));
        // an operator writing down a phone call is not the customer's form
        memberOf(code);
        given().contentType(ContentType.JSON).body(ticket.formatted(""))
                .when().post("/api/v1/services/" + code + "/tickets").then().statusCode(201);

        change(code, "privacy_consent", """
                {"names": {"en": "I agree."}, "required": true, "active": false, "position": 5}""").statusCode(200);
        as("demo-integration", "integration", () -> given().when().get(path(code)).then()
                .body("key", contains("inquiry_type", "email", "title", "content")));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void operatorsReadThemAndMayNotChangeThem() {
        given().when().get(path("CS")).then().statusCode(200).body("size()", equalTo(5));
        change("CS", "title", """
                {"names": {"en": "Subject"}, "required": true, "active": true, "position": 3}""")
                .statusCode(403).contentType("application/problem+json");
        given().when().post(path("CS") + "/title/reset").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void integrationsMayNotChangeThem() {
        change("CS", "title", """
                {"names": {"en": "Subject"}, "required": true, "active": true, "position": 3}""").statusCode(403);
    }

    private static ValidatableResponse change(String code, String key, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put(path(code) + "/" + key).then();
    }

    private static String path(String code) {
        return "/api/v1/services/" + code + "/system-fields";
    }

    private static void memberOf(String code) {
        String group = given().contentType(ContentType.JSON).body("{\"name\": \"Team\"}")
                .when().post("/api/v1/services/" + code + "/groups").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("""
                        {"username": "root", "role": "ADMIN", "groups": ["%s"]}""".formatted(group))
                .when().post("/api/v1/services/" + code + "/members").then().statusCode(201);
    }

    private static String newService() {
        String code = "S" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
        given().contentType(ContentType.JSON).body("""
                        {"code": "%s", "name": "Customer form", "type": "INQUIRY", "timeZone": "Asia/Seoul",
                         "helpCenterLanguages": ["ko", "ja", "en"], "editorType": "HTML"}""".formatted(code))
                .when().post("/api/v1/services").then().statusCode(201);
        return code;
    }
}
