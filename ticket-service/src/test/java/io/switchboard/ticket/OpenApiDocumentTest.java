package io.switchboard.ticket;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.platform.testing.OpenApiCoverage;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyResourceMethodIsInTheOpenApiDocumentWithASummary() {
        JsonNode document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().as(JsonNode.class);
        assertEquals(List.of(), OpenApiCoverage.gaps("io.switchboard.ticket", document));
    }
}
