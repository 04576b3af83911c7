package io.switchboard.dooray;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.switchboard.dooray.StandinTestSupport.PROJECT;
import static io.switchboard.dooray.StandinTestSupport.WORKFLOW_DONE;
import static io.switchboard.dooray.StandinTestSupport.asClient;
import static io.switchboard.dooray.StandinTestSupport.createTask;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class TasksPageTest {

    @BeforeEach
    void resetTheStandIn() {
        StandinTestSupport.reset();
    }

    @Test
    void thePageListsTasksWithTheirActions() {
        String id = createTask();

        given().get("/").then().statusCode(200).contentType("text/html")
                .body(containsString("Project ACME-CS (1100)"))
                .body(containsString("Login fails"))
                .body(containsString("To do (registered)"))
                .body(containsString("name=\"postId\" value=\"" + id + "\""))
                .body(containsString("<button>Move</button>"))
                .body(containsString("<button>Comment</button>"));
    }

    @Test
    void thePageEscapesWhatClientsWrote() {
        asClient().body(StandinTestSupport.task("<script>alert(1)</script>", java.util.List.of(StandinTestSupport.TAG_BUG)))
                .post(PROJECT + "/posts").then().statusCode(200);

        given().get("/").then().statusCode(200).body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void theFormsMoveAndCommentAsAMember() {
        String id = createTask();

        given().redirects().follow(false).formParam("projectId", "1100").formParam("postId", id)
                .formParam("workflowId", WORKFLOW_DONE).formParam("memberId", "1002")
                .post("/page/workflow").then().statusCode(303).header("Location", endsWith("/"));
        given().redirects().follow(false).formParam("projectId", "1100").formParam("postId", id)
                .formParam("memberId", "1002").formParam("content", "Done on our side")
                .post("/page/comment").then().statusCode(303);

        asClient().get(PROJECT + "/posts/" + id).then().body("result.workflowClass", equalTo("closed"));
        asClient().get(PROJECT + "/posts/" + id + "/logs").then()
                .body("result[0].body.content", equalTo("Done on our side"))
                .body("result[0].creator.member.organizationMemberId", equalTo("1002"));
    }
}
