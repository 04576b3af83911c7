package io.switchboard.dooray;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.switchboard.dooray.StandinTestSupport.PROJECT;
import static io.switchboard.dooray.StandinTestSupport.TAG_BUG;
import static io.switchboard.dooray.StandinTestSupport.asClient;
import static io.switchboard.dooray.StandinTestSupport.task;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class FaultInjectionTest {

    @BeforeEach
    void resetTheStandIn() {
        StandinTestSupport.reset();
    }

    @Test
    void anInjected429CarriesRetryAfterAndThenTheCallSucceeds() {
        inject(Map.of("status", 429, "count", 2, "retryAfterSeconds", 3));

        for (int i = 0; i < 2; i++) {
            asClient().get(PROJECT).then().statusCode(429).contentType(ContentType.JSON)
                    .header("Retry-After", "3")
                    .body("header.isSuccessful", equalTo(false))
                    .body("header.resultCode", equalTo(-429))
                    .body("result", nullValue());
        }
        asClient().get(PROJECT).then().statusCode(200).body("header.isSuccessful", equalTo(true));
    }

    @Test
    void a429WithoutAGivenDelayStillTellsTheClientWhenToRetry() {
        inject(Map.of("status", 429));

        asClient().get(PROJECT).then().statusCode(429).header("Retry-After", "1");
    }

    @Test
    void aFaultForOneMethodAndPathLeavesOtherCallsAlone() {
        inject(Map.of("status", 503, "method", "POST", "path", "/project/v1/projects/*/posts"));

        asClient().get(PROJECT + "/members").then().statusCode(200);
        asClient().body(task("Login fails", List.of(TAG_BUG))).post(PROJECT + "/posts").then().statusCode(503)
                .header("Retry-After", "1")
                .body("header.isSuccessful", equalTo(false));
        asClient().body(task("Login fails", List.of(TAG_BUG))).post(PROJECT + "/posts").then().statusCode(200);
        given().get("/standin/posts").then().body("result", hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 500})
    void anInjectedFailureAnswersItsStatusInTheEnvelope(int status) {
        inject(Map.of("status", status));

        asClient().get(PROJECT).then().statusCode(status).contentType(ContentType.JSON)
                .body("header.isSuccessful", equalTo(false))
                .body("header.resultCode", equalTo(-status));
        asClient().get(PROJECT).then().statusCode(200);
    }

    @Test
    void theControlApiIsNeverFaulted() {
        inject(Map.of("status", 500, "count", 5));

        given().get("/standin/faults").then().statusCode(200).body("result[0].count", equalTo(5));
        given().get("/standin/posts").then().statusCode(200);
    }

    @Test
    void anUnsupportedStatusIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("status", 418)).post("/standin/faults").then().statusCode(400)
                .body("header.isSuccessful", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("status", 500, "count", 0)).post("/standin/faults").then()
                .statusCode(400).body("header.resultMessage", equalTo("count must be at least 1"));
    }

    @Test
    void clearingAndResetRemoveFaults() {
        inject(Map.of("status", 500, "count", 3));
        given().delete("/standin/faults").then().statusCode(200);
        asClient().get(PROJECT).then().statusCode(200);

        inject(Map.of("status", 500, "count", 3));
        StandinTestSupport.reset();
        asClient().get(PROJECT).then().statusCode(200);
    }

    private static void inject(Map<String, Object> fault) {
        given().contentType(ContentType.JSON).body(fault).post("/standin/faults").then().statusCode(200)
                .body("header.isSuccessful", equalTo(true));
    }
}
