package io.switchboard.dooray;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** The test seed (src/test/resources/test-seed.json) and calls the tests share. */
final class StandinTestSupport {

    static final String PROJECT = "/project/v1/projects/1100";
    static final String TOKEN = "acme-token";
    static final String OTHER_ORGANIZATION_TOKEN = "other-token";
    static final String TAG_BUG = "1201";
    static final String TAG_REQUEST = "1202";
    static final String TAG_BILLING = "1301";
    static final String TAG_LOGIN = "1302";
    static final String WORKFLOW_DOING = "1503";
    static final String WORKFLOW_DONE = "1504";

    private StandinTestSupport() {
    }

    static RequestSpecification asClient() {
        return given().header("Authorization", "dooray-api " + TOKEN).contentType(ContentType.JSON);
    }

    static void reset() {
        given().post("/standin/reset").then().statusCode(200);
    }

    static Map<String, Object> task(String subject, List<String> tagIds) {
        return Map.of("subject", subject,
                "body", Map.of("mimeType", "text/x-markdown", "content", "Customer cannot log in"),
                "users", Map.of("to", List.of(member("1002")), "cc", List.of(member("1001"))),
                "tagIds", tagIds, "priority", "high");
    }

    static Map<String, Object> member(String organizationMemberId) {
        return Map.of("type", "member", "member", Map.of("organizationMemberId", organizationMemberId));
    }

    /** Creates a task through the Dooray API and answers its id. */
    static String createTask() {
        return asClient().body(task("Login fails", List.of(TAG_BUG))).post(PROJECT + "/posts")
                .then().statusCode(200).extract().path("result.id");
    }

    static void hookUrls(String... urls) {
        given().contentType(ContentType.JSON).body(Map.of("urls", List.of(urls)))
                .put("/standin/projects/1100/hooks").then().statusCode(200);
    }
}
