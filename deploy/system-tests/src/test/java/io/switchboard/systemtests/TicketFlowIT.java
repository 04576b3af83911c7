package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The foundation slice through the real stack: create → routed → assigned → operator mailed. */
class TicketFlowIT {

    static final Map<String, String> OPERATOR_MAIL = Map.of("bob", "bob@example.com", "carol", "carol@example.com");

    @Test
    void aCreatedTicketIsAssignedWithinTenSecondsAndTheOperatorIsMailed() {
        String bob = Stack.userToken("bob");
        String title = "Charged twice " + UUID.randomUUID();
        String id = as(bob).contentType(ContentType.JSON).body(Stack.newTicket(title))
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/tickets/"))
                .body("status", equalTo("UNASSIGNED"))
                .body("number", matchesPattern("CS-\\d+"))
                .extract().path("id");

        JsonPath assigned = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(bob).get("/api/v1/tickets/" + id).then().statusCode(200).extract().jsonPath(),
                        ticket -> "IN_PROGRESS".equals(ticket.getString("status")));
        String assignee = assigned.getString("assignee.username");
        String number = assigned.getString("number");
        assertTrue(OPERATOR_MAIL.containsKey(assignee), "assigned to a Support operator: " + assignee);
        assertTrue("Support".equals(assigned.getString("group.name")));

        as(bob).get("/api/v1/tickets/" + id + "/events").then().statusCode(200)
                .body("summary", hasItem(containsString("by trigger 'CS inquiries to Support' — round-robin among 2")));
        as(bob).get("/api/v1/routing/decisions/" + id).then().statusCode(200)
                .body("[0].outcome", equalTo("ASSIGNED")).body("[0].assignee", equalTo(assignee));

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> Stack.mailSubjects(OPERATOR_MAIL.get(assignee)),
                        subjects -> subjects.stream().anyMatch(s -> s.contains("[" + number + "]")));
    }

    @Test
    void locationIsTheGatewaysPublicUrlWhateverForwardingHeadersTheClientSends() {
        String bob = Stack.userToken("bob");
        String location = as(bob).header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https")
                .contentType(ContentType.JSON).body(Stack.newTicket("Where am I?"))
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(201)
                .header("Location", matchesPattern(Stack.GATEWAY + "/api/v1/tickets/[0-9a-f-]{36}"))
                .extract().header("Location");
        as(bob).get(location.substring(Stack.GATEWAY.length())).then().statusCode(200)
                .body("title", equalTo("Where am I?"));
    }

    @Test
    void anIntegrationCreatesTicketsWithClientCredentials() {
        as(Stack.integrationToken()).contentType(ContentType.JSON).body(Stack.newTicket("From the shop backend"))
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(201).body("channel", equalTo("API")).body("createdBy", containsString("demo-integration"));
    }

    @Test
    void withoutATokenTheApiAnswers401Problem() {
        RestAssured.given().baseUri(Stack.GATEWAY).contentType(ContentType.JSON).body(Stack.newTicket("anonymous"))
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        RestAssured.given().baseUri(Stack.GATEWAY).auth().oauth2("not.a.token")
                .when().get("/api/v1/tickets")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aUserWithoutTheAgentRoleGets403Problem() {
        as(Stack.userToken("erin")).contentType(ContentType.JSON).body(Stack.newTicket("no role"))
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(403).contentType("application/problem+json").body("type", endsWith("/forbidden"));
    }

    @Test
    void malformedJsonIs400Problem() {
        as(Stack.userToken("bob")).contentType(ContentType.JSON).body("{\"title\": ")
                .when().post("/api/v1/services/CS/tickets")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/malformed-json"));
    }

    @Test
    void anOperatorOfAnotherServiceCannotSeeTheTicket() {
        String id = as(Stack.userToken("bob")).contentType(ContentType.JSON).body(Stack.newTicket("CS only"))
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        as(Stack.userToken("dave")).get("/api/v1/tickets/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        List<String> daveServices = as(Stack.userToken("dave")).get("/api/v1/me").then().statusCode(200)
                .extract().path("services.code");
        assertTrue(daveServices.equals(List.of("DEV")), "dave works in DEV only: " + daveServices);
    }
}
