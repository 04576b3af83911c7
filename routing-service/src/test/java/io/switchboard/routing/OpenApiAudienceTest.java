package io.switchboard.routing;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.platform.testing.OpenApiAudiences;
import org.junit.jupiter.api.Test;

/** Every operation says who may call it, and the API guide's table of routing-service says the same. */
@QuarkusTest
class OpenApiAudienceTest {

    @Test
    void everyOperationHasAnAudienceAndTheGuideListsThem() {
        OpenApiAudiences.assertApiGuideTable("routing-service", given().when().get("/q/openapi?format=json").asString());
    }
}
