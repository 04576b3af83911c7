package io.switchboard.ticket.forbiddenword.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.Db.count;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.switchboard.ticket.ticket.api.Identities;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ForbiddenWordApiTest {

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aServiceAdminKeepsTheListAndRepliesWithAForbiddenWordAreRefused() {
        String word = "바보" + UUID.randomUUID().toString().substring(0, 4);
        String id = given().contentType(ContentType.JSON).body("{\"word\": \" " + word + " \"}")
                .when().post("/api/v1/services/CS/forbidden-words")
                .then().statusCode(201).body("word", equalTo(word)).extract().path("id");
        try {
            given().when().get("/api/v1/services/CS/forbidden-words").then().statusCode(200).body("word", hasItem(word));
            given().contentType(ContentType.JSON).body("{\"word\": \"" + word + "\"}")
                    .when().post("/api/v1/services/CS/forbidden-words").then().statusCode(409);

            String ticket = Identities.as("bob", "agent", () -> {
                String created = given().contentType(ContentType.JSON)
                        .body("{\"title\": \"Rude words\", \"content\": \"x\", \"customer\": {\"email\": \"k@example.com\"}}")
                        .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().<String>path("id");
                given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/tickets/" + created + "/keep")
                        .then().statusCode(200);
                return created;
            });
            given().contentType(ContentType.JSON).body("{\"body\": \"너는 " + word + "야\"}")
                    .when().post("/api/v1/tickets/" + ticket + "/hold")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("body")).body("forbiddenWords", contains(word));
            given().contentType(ContentType.JSON).body("{\"body\": \"<b>" + word.toUpperCase() + "</b>\", \"format\": \"HTML\"}")
                    .when().post("/api/v1/tickets/" + ticket + "/resolve").then().statusCode(400);
            assertEquals(0L, count("select count(*) from ticket_message where ticket_id = '" + ticket + "'"));
            given().contentType(ContentType.JSON).body("{\"body\": \"customer used the word " + word + "\"}")
                    .when().post("/api/v1/tickets/" + ticket + "/comment").then().statusCode(200);

            given().when().delete("/api/v1/services/CS/forbidden-words/" + id).then().statusCode(204);
            given().when().get("/api/v1/services/CS/forbidden-words").then().body("word", not(hasItem(word)));
            given().contentType(ContentType.JSON).body("{\"body\": \"너는 " + word + "야\"}")
                    .when().post("/api/v1/tickets/" + ticket + "/hold").then().statusCode(200);
        } finally {
            given().when().delete("/api/v1/services/CS/forbidden-words/" + id);
        }
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void htmlRepliesAreCheckedOnTheTextTheCustomerReads() {
        String suffix = UUID.randomUUID().toString().substring(0, 4);
        String word = "baka" + suffix;
        String id = given().contentType(ContentType.JSON).body("{\"word\": \"" + word + "\"}")
                .when().post("/api/v1/services/CS/forbidden-words").then().statusCode(201).extract().path("id");
        try {
            String ticket = keptTicket();
            for (String hidden : new String[] {"<b>ba</b>ka" + suffix, "&#98;aka" + suffix, "<p>b<i>a</i>&#x6b;a" + suffix
                    + "</p>", "ba&shy;ka" + suffix, "ｂａｋａ" + suffix, "<img src=\\\"x.png\\\" alt=\\\"" + word + "\\\">"}) {
                given().contentType(ContentType.JSON).body("{\"body\": \"" + hidden + "\", \"format\": \"HTML\"}")
                        .when().post("/api/v1/tickets/" + ticket + "/resolve")
                        .then().statusCode(400).body("forbiddenWords", contains(word));
            }
            assertEquals(0L, count("select count(*) from ticket_message where ticket_id = '" + ticket + "'"));
            // split by a line break, the customer reads two harmless words
            given().contentType(ContentType.JSON).body("{\"body\": \"ba<br>ka" + suffix + "\", \"format\": \"HTML\"}")
                    .when().post("/api/v1/tickets/" + ticket + "/hold").then().statusCode(200);
        } finally {
            given().when().delete("/api/v1/services/CS/forbidden-words/" + id);
        }
    }

    private static String keptTicket() {
        return Identities.as("bob", "agent", () -> {
            String created = given().contentType(ContentType.JSON)
                    .body("{\"title\": \"Rude words\", \"content\": \"x\", \"customer\": {\"email\": \"k@example.com\"}}")
                    .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().<String>path("id");
            given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/tickets/" + created + "/keep")
                    .then().statusCode(200);
            return created;
        });
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void operatorsReadTheListButCannotChangeIt() {
        given().when().get("/api/v1/services/CS/forbidden-words").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"word\": \"nope\"}")
                .when().post("/api/v1/services/CS/forbidden-words").then().statusCode(403)
                .contentType("application/problem+json");
        given().when().delete("/api/v1/services/CS/forbidden-words/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void anotherServicesListIsNotFound() {
        given().when().get("/api/v1/services/CS/forbidden-words").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void badRequestsAreClear() {
        given().contentType(ContentType.JSON).body("{\"word\": \"  \"}")
                .when().post("/api/v1/services/CS/forbidden-words").then().statusCode(400)
                .body("errors[0].field", equalTo("word"));
        given().contentType(ContentType.JSON).body("{\"word\": \"" + "x".repeat(101) + "\"}")
                .when().post("/api/v1/services/CS/forbidden-words").then().statusCode(400);
        given().when().delete("/api/v1/services/CS/forbidden-words/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void withoutATokenItIs401() {
        given().when().get("/api/v1/services/CS/forbidden-words").then().statusCode(401);
    }
}
