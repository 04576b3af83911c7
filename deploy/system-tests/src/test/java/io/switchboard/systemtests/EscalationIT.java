package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue-management escalation through the real stack (gateway, Keycloak tokens, Kafka, three services): a CS
 * inquiry goes to DEV, dave answers it there, and the answer comes back onto the CS ticket; a request made while
 * ticket-service is down is carried out once it is back, once.
 */
class EscalationIT {

    static final Path LOG = Stack.ROOT.resolve("deploy/system-tests/target/escalation-restart.log");
    static final String APP_ERROR = "d0000000-0000-4000-8000-000000000012";

    @Test
    void anInquiryEscalatedToDevComesBackWithDavesAnswer() {
        String source = routedTicket("Refund button fails " + System.nanoTime());
        String operator = operatorOf(source);
        String token = Stack.userToken(operator);

        as(token).queryParam("ticketId", source).get("/api/v1/escalations/targets").then().statusCode(200)
                .body("serviceCode", contains("DEV"));
        // the form: DEV's intake, read from ticket-service by an operator of CS
        as(token).get("/api/v1/services/DEV/inquiry-types").then().statusCode(200)
                .body("[0].children[0].id", equalTo(APP_ERROR));
        as(token).get("/api/v1/services/DEV/inquiry-types/" + APP_ERROR + "/fields").then().statusCode(200)
                .body("code", contains("app_version"));

        String escalation = request(token, source);
        JsonPath open = awaitEscalation(token, escalation, "OPEN");
        String issue = open.getString("target.ticketId");
        as(token).get("/api/v1/tickets/" + source).then().body("status", equalTo("ESCALATED"));

        String dave = Stack.userToken("dave");
        as(dave).get("/api/v1/tickets/" + source).then().statusCode(200).body("allowedActions", empty());
        as(dave).get("/api/v1/tickets/" + issue).then().statusCode(200).body("status", equalTo("UNASSIGNED"))
                .body("fields.app_version", equalTo("3.2.1"));
        as(dave).queryParam("ticketId", issue).get("/api/v1/escalations").then().statusCode(200)
                .body("items.id", contains(escalation));
        as(dave).contentType(ContentType.JSON).body("{}").post("/api/v1/tickets/" + issue + "/keep").then()
                .statusCode(200);
        as(dave).contentType(ContentType.JSON).body("{\"body\": \"3.2.2 で修正しました。\"}")
                .post("/api/v1/tickets/" + issue + "/resolve").then().statusCode(200);

        JsonPath answered = awaitEscalation(token, escalation, "ANSWERED");
        assertEquals("3.2.2 で修正しました。", answered.getString("answer.content"));
        assertEquals("dave", answered.getString("answer.answeredBy"));
        as(token).get("/api/v1/tickets/" + source).then().body("status", equalTo("ESCALATION_ANSWERED"))
                .body("allowedActions", hasItem("resolve"));
        as(token).get("/api/v1/tickets/" + source + "/messages").then()
                .body("find { it.type == 'ESCALATION_ANSWER' }.body", equalTo("3.2.2 で修正しました。"));
        as(token).contentType(ContentType.JSON).body("{\"body\": \"업데이트 후 다시 시도해 주세요.\"}")
                .post("/api/v1/tickets/" + source + "/resolve").then().statusCode(200).body("status", equalTo("RESOLVED"));
    }

    @Test
    void anEscalationRequestedWhileTicketServiceIsDownIsCarriedOutOnceWhenItIsBack() {
        String source = routedTicket("While ticket-service is down " + System.nanoTime());
        String operator = operatorOf(source);
        String escalation;
        assertEquals(0, Stack.run(LOG, Duration.ofMinutes(1), "./switchboard", "stop", "ticket-service"), Stack.tail(LOG));
        try {
            escalation = request(Stack.userToken(operator), source);
        } finally {
            assertEquals(0, Stack.run(LOG, Duration.ofMinutes(3), "./switchboard", "start", "ticket-service"),
                    Stack.tail(LOG));
        }
        String token = Stack.userToken(operator);
        JsonPath open = awaitEscalation(token, escalation, "OPEN");
        as(token).get("/api/v1/tickets/" + source + "/links").then().statusCode(200)
                .body("type", contains("ESCALATED_TO"))
                .body("[0].ticket.id", equalTo(open.getString("target.ticketId")));
        as(token).get("/api/v1/tickets/" + source).then().body("status", equalTo("ESCALATED"));
    }

    /** A CS ticket the demo trigger assigned to bob or carol, known to escalation-service as IN_PROGRESS. */
    static String routedTicket(String title) {
        String bob = Stack.userToken("bob");
        String id = as(bob).contentType(ContentType.JSON).body(Stack.newTicket(title))
                .post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    var snapshot = as(bob).get("/api/v1/escalations/tickets/" + id).then().extract();
                    // 404 (a problem whose status is a number) until escalation-service has heard of the ticket
                    return snapshot.statusCode() == 200 ? snapshot.<String>path("status") : null;
                }, "IN_PROGRESS"::equals);
        return id;
    }

    static String operatorOf(String ticket) {
        return as(Stack.userToken("bob")).get("/api/v1/tickets/" + ticket).then().extract().path("assignee.username");
    }

    private static String request(String token, String source) {
        return as(token).contentType(ContentType.JSON).body(Map.of("ticketId", source, "targetServiceCode", "DEV",
                        "inquiryTypeId", APP_ERROR, "fields", Map.of("app_version", "3.2.1"),
                        "title", "Refund button fails on Android", "content", "고객이 환불 버튼에서 E42 오류를 봅니다."))
                .post("/api/v1/escalations").then().statusCode(202).body("status", equalTo("REQUESTED"))
                .extract().path("id");
    }

    /** Waits for the status (or a refusal, which fails the test with its reason). */
    private static JsonPath awaitEscalation(String token, String id, String status) {
        JsonPath escalation = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> as(token).get("/api/v1/escalations/" + id).then().statusCode(200).extract().jsonPath(),
                        e -> List.of(status, "REFUSED").contains(e.getString("status")));
        assertEquals(status, escalation.getString("status"), "refused: " + escalation.getString("refusal"));
        return escalation;
    }
}
