package io.switchboard.ticket.integration.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CustomerTicketApiTest {

    static String create(String email, String title) {
        return given().contentType(ContentType.JSON).body("""
                        {"title": "%s", "content": "c", "customer": {"email": "%s"}}""".formatted(title, email))
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void anIntegrationPagesThroughACustomersTicketsNewestFirst() {
        String email = "park-" + UUID.randomUUID() + "@example.com";
        String first = create(email, "first");
        String second = create(email, "second");
        String third = create(email.toUpperCase(), "third");
        create("someone-else-" + UUID.randomUUID() + "@example.com", "other");

        String next = given().queryParam("email", email).queryParam("limit", 2)
                .when().get("/api/v1/services/CS/customers/tickets")
                .then().statusCode(200)
                .body("items.id", contains(third, second))
                .body("next", notNullValue())
                .extract().path("next");
        given().queryParam("email", email.toUpperCase()).queryParam("limit", 2).queryParam("cursor", next)
                .when().get("/api/v1/services/CS/customers/tickets")
                .then().statusCode(200)
                .body("items.id", contains(first))
                .body("items[0].customer.email", equalTo(email))
                .body("next", nullValue());
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void anUngrantedServiceIs404AndBadParametersAre400() {
        given().queryParam("email", "kim@example.com").when().get("/api/v1/services/DEV/customers/tickets")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/services/CS/customers/tickets")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        given().queryParam("email", "not-an-address").when().get("/api/v1/services/CS/customers/tickets")
                .then().statusCode(400);
        given().queryParam("email", "kim@example.com").queryParam("limit", 201)
                .when().get("/api/v1/services/CS/customers/tickets").then().statusCode(400);
        given().queryParam("email", "kim@example.com").queryParam("cursor", "garbage!")
                .when().get("/api/v1/services/CS/customers/tickets")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void operatorsOfTheServiceMayListToo() {
        String email = "choi-" + UUID.randomUUID() + "@example.com";
        String id = create(email, "mine");
        given().queryParam("email", email).when().get("/api/v1/services/CS/customers/tickets")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id));
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void operatorsOfOtherServicesGet404() {
        given().queryParam("email", "kim@example.com").when().get("/api/v1/services/CS/customers/tickets")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "erin", roles = "viewer")
    void otherRolesGet403() {
        given().queryParam("email", "kim@example.com").when().get("/api/v1/services/CS/customers/tickets")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
