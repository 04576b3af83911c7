package io.switchboard.ticket;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Input the database or the binding would choke on is a clear 400 problem, never a 500 (issue 9, part). */
@QuarkusTest
class HostileInputTest {

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aNulCharacterInAStringIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("""
                {"title": "Refund\\u0000", "content": "x", "customer": {"email": "kim@example.com", "name": "K\\u0000im"}}""")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("NUL"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aKeyGivenTwiceIsMalformedJsonNamingIt() {
        given().contentType(ContentType.JSON).body("""
                {"title": "one", "title": "two", "content": "x", "customer": {"email": "kim@example.com"}}""")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The request body names the field 'title' more than once."))
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aNumberWhereTextBelongsIsTheWrongTypeNotConverted() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": 5, \"content\": \"x\", \"customer\": {\"email\": \"kim@example.com\"}}")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anEncodedNulInThePathOrQueryIsRefused() {
        given().urlEncodingEnabled(false).when().get("/api/v1/services/%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("The request URI contains the NUL character (%00)."));
        given().urlEncodingEnabled(false).when().get("/api/v1/tickets?view=all&cursor=%00")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
