package io.switchboard.systemtests;

import static io.restassured.RestAssured.given;
import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dooray! escalation through the real stack: the gateway, Keycloak tokens, Kafka, escalation- and ticket-service and
 * the Dooray stand-in (:8186), whose hooks reach escalation-service through the gateway without a token. A CS
 * ticket becomes a Dooray task; moving the task in Dooray moves the ticket; comments go both ways; the closed task
 * answers the ticket, which is then escalated again.
 */
class DoorayEscalationIT {

    static final String STANDIN = "http://127.0.0.1:8186";
    static final String ORGANIZATION = "3700000000000000001";
    static final String PROJECT = "3700000000000001001";
    static final String MINJI = "3700000000000000101";
    static final String KENJI = "3700000000000000102";
    static final String TAG_BUG = "3700000000000002101";

    @Test
    void aTicketFollowsItsDoorayTaskAndIsEscalatedAgainOnceItIsDone() {
        String hookPath = connectCs();
        standin().contentType(ContentType.JSON).body(Map.of("urls", List.of(Stack.GATEWAY + hookPath)))
                .put("/standin/projects/" + PROJECT + "/hooks").then().statusCode(200);

        String ticket = EscalationIT.routedTicket("Dooray: refund fails " + System.nanoTime());
        String token = Stack.userToken(EscalationIT.operatorOf(ticket));
        as(token).get("/api/v1/tickets/" + ticket).then().body("allowedActions", hasItem("dooray-escalate"));
        String escalation = escalate(token, ticket);
        String taskId = as(token).get("/api/v1/dooray/escalations/" + escalation).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("taskId", notNullValue()).extract().path("taskId");
        awaitTicket(token, ticket, "DOORAY_ESCALATED");
        given().baseUri(STANDIN).header("Authorization", "dooray-api " + doorayToken())
                .get("/project/v1/projects/" + PROJECT + "/posts/" + taskId).then().statusCode(200)
                .body("result.subject", equalTo("환불 버튼 오류")).body("result.tagIds", hasItem(TAG_BUG));

        // Kenji starts working on it in Dooray: the hook moves the ticket
        moveTask(taskId, "working");
        awaitTicket(token, ticket, "DOORAY_IN_PROGRESS");

        // comments both ways
        as(token).contentType(ContentType.JSON).body(Map.of("content", "고객이 기다리고 있습니다."))
                .post("/api/v1/dooray/escalations/" + escalation + "/comments").then().statusCode(201)
                .body("fromSwitchboard", equalTo(true));
        standin().contentType(ContentType.JSON).body(Map.of("content", "금요일 배포로 수정됩니다.", "memberId", KENJI))
                .post("/standin/projects/" + PROJECT + "/posts/" + taskId + "/comments").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> as(token)
                .get("/api/v1/dooray/escalations/" + escalation + "/comments").then().statusCode(200).extract()
                .<List<String>>path("items.content").contains("금요일 배포로 수정됩니다."));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> as(token)
                .get("/api/v1/tickets/" + ticket + "/events").then().extract().<List<String>>path("summary").stream()
                .anyMatch(s -> s.contains("Dooray comment by Kenji Mori")));

        // done in Dooray: the ticket is answered, the task takes no more comments, the ticket escalates again
        moveTask(taskId, "closed");
        awaitTicket(token, ticket, "DOORAY_ANSWERED");
        as(token).get("/api/v1/dooray/escalations/" + escalation).then().body("status", equalTo("ANSWERED"))
                .body("workflowClass", equalTo("closed"));
        as(token).contentType(ContentType.JSON).body(Map.of("content", "one more"))
                .post("/api/v1/dooray/escalations/" + escalation + "/comments").then().statusCode(409);
        as(token).get("/api/v1/tickets/" + ticket).then().body("allowedActions", hasItem("dooray-escalate"));
        // escalation-service learns the ticket's status from TicketStatusChanged
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> as(token)
                .get("/api/v1/escalations/tickets/" + ticket).then().extract().<String>path("status"),
                "DOORAY_ANSWERED"::equals);
        String again = escalate(token, ticket);
        awaitTicket(token, ticket, "DOORAY_ESCALATED");
        as(token).queryParam("ticketId", ticket).get("/api/v1/dooray/escalations").then().statusCode(200)
                .body("items[0].id", equalTo(again)).body("items[1].id", equalTo(escalation));
    }

    /** CS's connection to the stand-in's project as alice, its admin, saves it; returns the hook path. */
    private static String connectCs() {
        String alice = Stack.userToken("alice");
        Map<String, Object> connection = Map.of("organizationId", ORGANIZATION, "token", doorayToken(),
                "projects", List.of(Map.of("id", PROJECT, "name", "CS escalations", "registrantMemberId", MINJI)));
        as(alice).contentType(ContentType.JSON).body(connection).put("/api/v1/dooray/services/CS/connection").then()
                .statusCode(anyOf(equalTo(200), equalTo(201)));
        return as(alice).get("/api/v1/dooray/services/CS/connection").then().statusCode(200)
                .body("hookPath", containsString("/api/v1/dooray/hooks/")).extract().path("hookPath");
    }

    private static String escalate(String token, String ticket) {
        return as(token).contentType(ContentType.JSON).body(Map.of("ticketId", ticket, "projectId", PROJECT,
                        "subject", "환불 버튼 오류", "body", Map.of("mimeType", "text/x-markdown",
                                "content", "고객이 환불 버튼에서 **E42** 오류를 봅니다."),
                        "to", List.of(KENJI), "cc", List.of(MINJI), "tagIds", List.of(TAG_BUG), "priority", "high"))
                .post("/api/v1/dooray/escalations").then().statusCode(201).body("status", equalTo("OPEN"))
                .extract().path("id");
    }

    private static void moveTask(String taskId, String workflowClass) {
        standin().contentType(ContentType.JSON).body(Map.of("workflowClass", workflowClass, "memberId", KENJI))
                .post("/standin/projects/" + PROJECT + "/posts/" + taskId + "/workflow").then().statusCode(200);
    }

    private static void awaitTicket(String token, String ticket, String status) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> as(token)
                .get("/api/v1/tickets/" + ticket).then().extract().<String>path("status"), status::equals);
    }

    private static RequestSpecification standin() {
        return given().baseUri(STANDIN);
    }

    /** The stand-in organisation's API token, as the launcher made it. */
    private static String doorayToken() {
        try {
            return Files.readAllLines(Stack.ROOT.resolve(".switchboard/keys.env")).stream()
                    .filter(line -> line.startsWith("DOORAY_TOKEN=")).map(line -> line.substring("DOORAY_TOKEN=".length()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no DOORAY_TOKEN in .switchboard/keys.env"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
