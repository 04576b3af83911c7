package io.switchboard.notification;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.platform.testing.OpenApiAudiences;
import org.junit.jupiter.api.Test;

/** Every operation says who may call it, and the API guide's table of notification-service says the same. */
@QuarkusTest
class OpenApiAudienceTest {

    @Test
    void everyOperationHasAnAudienceAndTheGuideListsThem() {
        OpenApiAudiences.assertApiGuideTable("notification-service", given().when().get("/q/openapi?format=json").asString());
    }
}
