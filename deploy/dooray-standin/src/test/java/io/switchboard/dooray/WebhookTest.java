package io.switchboard.dooray;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.switchboard.dooray.StandinTestSupport.PROJECT;
import static io.switchboard.dooray.StandinTestSupport.WORKFLOW_DOING;
import static io.switchboard.dooray.StandinTestSupport.WORKFLOW_DONE;
import static io.switchboard.dooray.StandinTestSupport.asClient;
import static io.switchboard.dooray.StandinTestSupport.createTask;
import static io.switchboard.dooray.StandinTestSupport.hookUrls;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class WebhookTest {

    private HookReceiver receiver;

    @BeforeEach
    void receiveHooks() {
        StandinTestSupport.reset();
        receiver = new HookReceiver();
        hookUrls(receiver.url("/hooks/dooray?secret=s3cr%2Ft&service=CS"));
    }

    @AfterEach
    void stopReceiving() {
        receiver.close();
    }

    @Test
    void aWorkflowChangeIsPostedToTheHookUrlAsConfigured() {
        String id = createTask();

        asClient().body(Map.of("workflowId", WORKFLOW_DOING)).post(PROJECT + "/posts/" + id + "/set-workflow")
                .then().statusCode(200);

        HookReceiver.Received hook = awaitHooks(1).get(0);
        assertThat(hook.pathAndQuery(), equalTo("/hooks/dooray?secret=s3cr%2Ft&service=CS"));
        JsonPath payload = new JsonPath(hook.body());
        assertThat(payload.getString("hookEventType"), equalTo("postWorkflowChanged"));
        assertThat(payload.getString("project.id"), equalTo("1100"));
        assertThat(payload.getString("project.code"), equalTo("ACME-CS"));
        assertThat(payload.getString("post.id"), equalTo(id));
        assertThat(payload.getString("post.workflowClass"), equalTo("working"));
        assertThat(payload.getString("workflow.id"), equalTo(WORKFLOW_DOING));
        assertThat(payload.getString("workflow.name"), equalTo("Doing"));
        assertThat(payload.getString("workflow.class"), equalTo("working"));
        assertThat(payload.getString("previousWorkflow.class"), equalTo("registered"));
        assertThat(payload.getString("source.member.organizationMemberId"), equalTo("1001"));
    }

    @Test
    void movingATaskToItsOwnWorkflowSendsNoHook() {
        String id = createTask();
        given().contentType(ContentType.JSON).body(Map.of("workflowClass", "registered"))
                .post("/standin/projects/1100/posts/" + id + "/workflow").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("workflowClass", "closed"))
                .post("/standin/projects/1100/posts/" + id + "/workflow").then().statusCode(200);

        assertThat(new JsonPath(awaitHooks(1).get(0).body()).getString("workflow.class"), equalTo("closed"));
        given().get("/standin/hook-deliveries").then().body("result.hookEventType", contains("postWorkflowChanged"));
    }

    @Test
    void aCommentOfAMemberIsPostedToTheHook() {
        String id = createTask();

        given().contentType(ContentType.JSON).body(Map.of("memberId", "1002", "content", "Fixed in 2.3.1"))
                .post("/standin/projects/1100/posts/" + id + "/comments").then().statusCode(200)
                .body("header.isSuccessful", equalTo(true));

        JsonPath payload = new JsonPath(awaitHooks(1).get(0).body());
        assertThat(payload.getString("hookEventType"), equalTo("postCommentCreated"));
        assertThat(payload.getString("post.id"), equalTo(id));
        assertThat(payload.getString("comment.id"), not(blankOrNullString()));
        assertThat(payload.getString("comment.body.content"), equalTo("Fixed in 2.3.1"));
        assertThat(payload.getString("comment.body.mimeType"), equalTo("text/x-markdown"));
        assertThat(payload.getString("comment.creator.type"), equalTo("member"));
        assertThat(payload.getString("comment.creator.member.organizationMemberId"), equalTo("1002"));
        asClient().get(PROJECT + "/posts/" + id + "/logs").then()
                .body("result[0].id", equalTo(payload.getString("comment.id")));
    }

    @Test
    void aCommentThroughTheApiIsPostedToTheHookToo() {
        String id = createTask();

        asClient().body(Map.of("body", Map.of("content", "<p>Customer asks again</p>", "mimeType", "text/html")))
                .post(PROJECT + "/posts/" + id + "/logs").then().statusCode(200);

        JsonPath payload = new JsonPath(awaitHooks(1).get(0).body());
        assertThat(payload.getString("hookEventType"), equalTo("postCommentCreated"));
        assertThat(payload.getString("comment.body.mimeType"), equalTo("text/html"));
        assertThat(payload.getString("comment.creator.member.organizationMemberId"), equalTo("1001"));
    }

    @Test
    void aHookIsRetriedWhileTheReceiverFails() {
        receiver.failNext(2);
        String id = createTask();

        given().contentType(ContentType.JSON).body(Map.of("workflowId", WORKFLOW_DONE))
                .post("/standin/projects/1100/posts/" + id + "/workflow").then().statusCode(200);

        assertThat(new JsonPath(awaitHooks(1).get(0).body()).getString("workflow.class"), equalTo("closed"));
        assertThat(receiver.calls(), equalTo(3));
        given().get("/standin/hook-deliveries").then()
                .body("result[0].outcome", equalTo("DELIVERED"))
                .body("result[0].attempts", equalTo(3))
                .body("result[0].lastStatus", equalTo(204));
    }

    @Test
    void aReceiverThatKeepsFailingEndsAsAFailedDelivery() {
        receiver.failNext(10);
        String id = createTask();

        given().contentType(ContentType.JSON).body(Map.of("workflowId", WORKFLOW_DONE))
                .post("/standin/projects/1100/posts/" + id + "/workflow").then().statusCode(200);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().get("/standin/hook-deliveries").then()
                .body("result[0].outcome", equalTo("FAILED"))
                .body("result[0].attempts", equalTo(4))
                .body("result[0].lastStatus", equalTo(500)));
        assertThat(receiver.received(), empty());
    }

    @Test
    void suppressedHooksAreNotSentAndTheTaskStillTellsItsState() {
        String id = createTask();
        given().contentType(ContentType.JSON).body(Map.of("count", 1)).post("/standin/hooks/suppress")
                .then().statusCode(200).body("result.count", equalTo(1));

        given().contentType(ContentType.JSON).body(Map.of("workflowClass", "working"))
                .post("/standin/projects/1100/posts/" + id + "/workflow").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("content", "second event is sent"))
                .post("/standin/projects/1100/posts/" + id + "/comments").then().statusCode(200);

        JsonPath only = new JsonPath(awaitHooks(1).get(0).body());
        assertThat(only.getString("hookEventType"), equalTo("postCommentCreated"));
        given().get("/standin/hook-deliveries").then()
                .body("result.outcome", contains("SUPPRESSED", "DELIVERED"));
        // the missed change is there for a client that reconciles
        asClient().get(PROJECT + "/posts/" + id).then().body("result.workflowClass", equalTo("working"));
    }

    @Test
    void everyHookUrlOfTheProjectIsCalled() {
        try (HookReceiver second = new HookReceiver()) {
            hookUrls(receiver.url("/a"), second.url("/b?token=x"));
            String id = createTask();

            asClient().body(Map.of("workflowId", WORKFLOW_DOING)).post(PROJECT + "/posts/" + id + "/set-workflow");

            awaitHooks(1);
            await().atMost(Duration.ofSeconds(5)).until(() -> second.received().size() == 1);
            assertThat(second.received().get(0).pathAndQuery(), equalTo("/b?token=x"));
        }
    }

    @Test
    void aHookUrlMustBeAnAbsoluteHttpUrl() {
        given().contentType(ContentType.JSON).body(Map.of("urls", List.of("ftp://example.org/x")))
                .put("/standin/projects/1100/hooks").then().statusCode(400)
                .body("header.isSuccessful", equalTo(false));
    }

    private List<HookReceiver.Received> awaitHooks(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() >= count);
        // give a wrongly sent extra hook the time to arrive before the caller asserts on the count
        await().pollDelay(Duration.ofMillis(300)).until(() -> true);
        assertThat(receiver.received(), hasSize(count));
        return receiver.received();
    }
}
