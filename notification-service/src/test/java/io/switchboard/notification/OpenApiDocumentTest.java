package io.switchboard.notification;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.platform.testing.OpenApiAudiences;
import io.switchboard.platform.testing.OpenApiCoverage;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is complete, and says for every operation who may call it, as the API guide's table does. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyResourceMethodIsInTheOpenApiDocumentWithASummary() {
        OpenApiCoverage.assertComplete("io.switchboard.notification");
    }

    @Test
    void everyOperationHasAnAudienceAndTheGuideListsThem() {
        OpenApiAudiences.assertApiGuideTable("notification-service", given().when().get("/q/openapi?format=json").asString());
    }
}
