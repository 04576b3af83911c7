package io.switchboard.ticket.people.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceAdminApiTest {

    static String service(String code) {
        return """
                {"code": "%s", "name": "Online Shop", "type": "INQUIRY", "timeZone": "Asia/Seoul",
                 "helpCenterLanguages": ["ko", "en"], "editorType": "HTML"}""".formatted(code);
    }

    static String newCode() {
        return "S" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void anOrgAdminCreatesListsReadsAndChangesAService() {
        String code = newCode();
        given().contentType(ContentType.JSON).body(service(code))
                .when().post("/api/v1/services")
                .then().statusCode(201).header("Location", endsWith("/api/v1/services/" + code))
                .body("code", equalTo(code)).body("autoCompleteDays", equalTo(14))
                .body("helpCenterLanguages", contains("ko", "en")).body("editorType", equalTo("HTML"));
        given().when().get("/api/v1/services").then().statusCode(200).body("code", hasItem(code));
        String japan = """
                "name": "Shop Japan", "type": "ISSUE", "timeZone": "Asia/Tokyo",
                "helpCenterLanguages": ["ja"], "editorType": "TEXT", "autoCompleteDays": 30}""";
        // the code never changes: another one is named, not ignored, and nothing is changed
        given().contentType(ContentType.JSON).body("{\"code\": \"OTHER\"," + japan)
                .when().put("/api/v1/services/" + code)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        given().when().get("/api/v1/services/" + code).then().body("type", equalTo("INQUIRY"));
        given().contentType(ContentType.JSON).body("{" + japan)
                .when().put("/api/v1/services/" + code)
                .then().statusCode(200).body("code", equalTo(code)).body("name", equalTo("Shop Japan"))
                .body("type", equalTo("ISSUE")).body("timeZone", equalTo("Asia/Tokyo"))
                .body("editorType", equalTo("TEXT")).body("autoCompleteDays", equalTo(30));
        given().when().get("/api/v1/services/" + code).then().statusCode(200).body("name", equalTo("Shop Japan"));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void aTakenCodeIsAConflict() {
        given().contentType(ContentType.JSON).body(service("CS"))
                .when().post("/api/v1/services")
                .then().statusCode(409).contentType("application/problem+json").body("type", endsWith("/conflict"));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void everyInvalidSettingIsNamed() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"code": "cs-lower", "name": " ", "type": "INQUIRY", "timeZone": "Mars/Olympus_Mons",
                         "helpCenterLanguages": ["ko", "xx"], "autoCompleteDays": 91}""")
                .when().post("/api/v1/services")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("autoCompleteDays", "code", "editorType", "helpCenterLanguages",
                        "name", "timeZone"));
        given().contentType(ContentType.JSON)
                .body(service(newCode()).replace("\"INQUIRY\"", "\"HELPDESK\""))
                .when().post("/api/v1/services")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().contentType(ContentType.JSON).body(service("CS").replace("\"ko\", \"en\"", ""))
                .when().put("/api/v1/services/CS")
                .then().statusCode(400).body("errors.field", contains("helpCenterLanguages"));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void anUnknownServiceIs404() {
        given().contentType(ContentType.JSON).body(service("NOPE"))
                .when().put("/api/v1/services/NOPE").then().statusCode(404);
        given().when().get("/api/v1/services/NOPE").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aServiceAdminMayNotCreateOrChangeServices() {
        given().contentType(ContentType.JSON).body(service(newCode()))
                .when().post("/api/v1/services").then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(service("CS"))
                .when().put("/api/v1/services/CS").then().statusCode(403);
        given().when().get("/api/v1/services").then().statusCode(403);
        given().when().get("/api/v1/services/CS").then().statusCode(200).body("code", equalTo("CS"));
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void anOperatorOfAnotherServiceDoesNotSeeIt() {
        given().when().get("/api/v1/services/CS").then().statusCode(404);
        given().when().get("/api/v1/services/DEV").then().statusCode(200).body("timeZone", equalTo("Asia/Tokyo"));
    }

    @Test
    void withoutATokenServicesAre401() {
        given().when().get("/api/v1/services").then().statusCode(401);
        given().contentType(ContentType.JSON).body(service(newCode()))
                .when().post("/api/v1/services").then().statusCode(401);
        given().when().get("/api/v1/services/CS").then().statusCode(401);
    }
}
