package io.switchboard.dooray;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.switchboard.dooray.StandinTestSupport.OTHER_ORGANIZATION_TOKEN;
import static io.switchboard.dooray.StandinTestSupport.PROJECT;
import static io.switchboard.dooray.StandinTestSupport.TAG_BILLING;
import static io.switchboard.dooray.StandinTestSupport.TAG_BUG;
import static io.switchboard.dooray.StandinTestSupport.TAG_LOGIN;
import static io.switchboard.dooray.StandinTestSupport.TAG_REQUEST;
import static io.switchboard.dooray.StandinTestSupport.WORKFLOW_DOING;
import static io.switchboard.dooray.StandinTestSupport.asClient;
import static io.switchboard.dooray.StandinTestSupport.createTask;
import static io.switchboard.dooray.StandinTestSupport.member;
import static io.switchboard.dooray.StandinTestSupport.task;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DoorayApiTest {

    @BeforeEach
    void resetTheStandIn() {
        StandinTestSupport.reset();
    }

    @Test
    void aProjectAnswersInTheEnvelope() {
        asClient().get(PROJECT).then().statusCode(200).contentType(ContentType.JSON)
                .body("header.isSuccessful", equalTo(true))
                .body("header.resultCode", equalTo(0))
                .body("header.resultMessage", notNullValue())
                .body("result.id", equalTo("1100"))
                .body("result.code", equalTo("ACME-CS"))
                .body("result.state", equalTo("active"))
                .body("result.organization.id", equalTo("100"));
    }

    @Test
    void listsCarryTheirTotalCount() {
        asClient().get(PROJECT + "/members").then().statusCode(200)
                .body("header.isSuccessful", equalTo(true))
                .body("totalCount", equalTo(2))
                .body("result.organizationMemberId", contains("1001", "1002"))
                .body("result.name", contains("Ada", "Ben"))
                .body("result.role", contains("admin", "member"));
        asClient().get(PROJECT + "/tags").then().statusCode(200)
                .body("totalCount", equalTo(5))
                .body("result.find { it.id == '1201' }.tagGroup.name", equalTo("Kind"))
                .body("result.find { it.id == '1201' }.tagGroup.mandatory", equalTo(true))
                .body("result.find { it.id == '1201' }.tagGroup.selectOne", equalTo(true))
                .body("result.find { it.id == '1301' }.tagGroup.mandatory", equalTo(false))
                .body("result.find { it.id == '1401' }.tagGroup", nullValue());
        asClient().get(PROJECT + "/workflows").then().statusCode(200)
                .body("totalCount", equalTo(4))
                .body("result.class", contains("backlog", "registered", "working", "closed"))
                .body("result.name", contains("Backlog", "To do", "Doing", "Done"));
    }

    @Test
    void aCallWithoutATokenIsUnauthorized() {
        given().get(PROJECT).then().statusCode(401).contentType(ContentType.JSON)
                .body("header.isSuccessful", equalTo(false))
                .body("header.resultCode", equalTo(-401))
                .body("header.resultMessage", containsString("dooray-api"))
                .body("result", nullValue());
        given().header("Authorization", "Bearer acme-token").get(PROJECT).then().statusCode(401);
    }

    @Test
    void anUnknownTokenIsUnauthorized() {
        given().header("Authorization", "dooray-api nobody").get(PROJECT + "/members").then().statusCode(401)
                .body("header.isSuccessful", equalTo(false))
                .body("header.resultMessage", equalTo("unknown API token"));
    }

    @Test
    void aTokenOfAnotherOrganizationIsForbidden() {
        given().header("Authorization", "dooray-api " + OTHER_ORGANIZATION_TOKEN).get(PROJECT).then().statusCode(403)
                .body("header.isSuccessful", equalTo(false))
                .body("header.resultCode", equalTo(-403));
        given().header("Authorization", "dooray-api " + OTHER_ORGANIZATION_TOKEN).contentType(ContentType.JSON)
                .body(task("Login fails", List.of(TAG_BUG))).post(PROJECT + "/posts").then().statusCode(403);
    }

    @Test
    void unknownProjectsAndPostsAreNotFound() {
        asClient().get("/project/v1/projects/9999").then().statusCode(404)
                .body("header.isSuccessful", equalTo(false))
                .body("header.resultCode", equalTo(-404));
        asClient().get(PROJECT + "/posts/9999").then().statusCode(404)
                .body("header.resultMessage", containsString("post 9999"));
        asClient().body(Map.of("workflowId", WORKFLOW_DOING)).post(PROJECT + "/posts/9999/set-workflow").then().statusCode(404);
        asClient().get(PROJECT + "/posts/9999/logs").then().statusCode(404);
    }

    @Test
    void anUnknownPathIsNotFoundInTheEnvelope() {
        asClient().get("/project/v1/nothing-here").then().statusCode(404)
                .body("header.isSuccessful", equalTo(false));
    }

    @Test
    void aCreatedTaskReadsBackInTheRegisteredWorkflow() {
        String id = createTask();

        asClient().get(PROJECT + "/posts/" + id).then().statusCode(200)
                .body("header.isSuccessful", equalTo(true))
                .body("result.id", equalTo(id))
                .body("result.subject", equalTo("Login fails"))
                .body("result.body.mimeType", equalTo("text/x-markdown"))
                .body("result.body.content", equalTo("Customer cannot log in"))
                .body("result.users.from.member.organizationMemberId", equalTo("1001"))
                .body("result.users.to[0].type", equalTo("member"))
                .body("result.users.to[0].member.organizationMemberId", equalTo("1002"))
                .body("result.users.cc[0].member.organizationMemberId", equalTo("1001"))
                .body("result.tagIds", contains(TAG_BUG))
                .body("result.priority", equalTo("high"))
                .body("result.workflowClass", equalTo("registered"))
                .body("result.workflow.id", equalTo("1502"))
                .body("result.workflow.name", equalTo("To do"))
                .body("result.workflow.class", equalTo("registered"))
                .body("result.createdAt", notNullValue())
                .body("result.updatedAt", notNullValue());
    }

    @Test
    void tasksAreFoundBySubject() {
        String id = createTask();
        asClient().queryParam("subjects", "Login").get(PROJECT + "/posts").then().statusCode(200)
                .body("result.id", contains(id)).body("result[0].body.content", equalTo("Customer cannot log in"))
                .body("totalCount", equalTo(1));
        asClient().queryParam("subjects", "Billing").get(PROJECT + "/posts").then().statusCode(200)
                .body("result", empty()).body("totalCount", equalTo(0));
    }

    @Test
    void unknownFieldsAreIgnored() {
        Map<String, Object> request = new HashMap<>(task("Login fails", List.of(TAG_BUG)));
        request.put("dueDate", "2026-12-31T18:00:00+09:00");
        request.put("milestoneId", "77");
        request.put("somethingNew", Map.of("nested", List.of(1, 2)));

        asClient().body(request).post(PROJECT + "/posts").then().statusCode(200)
                .body("header.isSuccessful", equalTo(true))
                .body("result.id", notNullValue());
    }

    @Test
    void aTaskWithoutPriorityIsNone() {
        Map<String, Object> request = new HashMap<>(task("Login fails", List.of(TAG_BUG)));
        request.remove("priority");
        String id = asClient().body(request).post(PROJECT + "/posts").then().statusCode(200).extract().path("result.id");

        asClient().get(PROJECT + "/posts/" + id).then().body("result.priority", equalTo("none"));
    }

    @Test
    void aSubjectIsRequired() {
        Map<String, Object> request = new HashMap<>(task(" ", List.of(TAG_BUG)));
        expectBadRequest(request, "subject is required");
        request.remove("subject");
        expectBadRequest(request, "subject is required");
    }

    @Test
    void aMandatoryTagGroupNeedsOneOfItsTags() {
        expectBadRequest(task("Login fails", List.of(TAG_BILLING)), "tag group 'Kind' (1200) is mandatory");
        expectBadRequest(task("Login fails", List.of()), "is mandatory");
    }

    @Test
    void aSelectOneTagGroupAllowsOneTag() {
        expectBadRequest(task("Login fails", List.of(TAG_BUG, TAG_REQUEST)), "tag group 'Kind' (1200) allows one tag, tagIds has 2");
    }

    @Test
    void aGroupThatIsNeitherMandatoryNorSelectOneTakesSeveralTags() {
        asClient().body(task("Login fails", List.of(TAG_BUG, TAG_BILLING, TAG_LOGIN, "1401"))).post(PROJECT + "/posts")
                .then().statusCode(200).body("header.isSuccessful", equalTo(true));
    }

    @Test
    void anUnknownTagIsRefused() {
        expectBadRequest(task("Login fails", List.of(TAG_BUG, "8888")), "tag 8888 is not a tag of project 1100");
    }

    @Test
    void recipientsMustBeProjectMembers() {
        Map<String, Object> request = new HashMap<>(task("Login fails", List.of(TAG_BUG)));
        request.put("users", Map.of("to", List.of(member("1002"), member("2001"))));
        expectBadRequest(request, "member 2001 is not a member of project 1100");
        request.put("users", Map.of("to", List.of(Map.of("type", "emailUser", "emailUser", Map.of("emailAddress", "a@b.c")))));
        expectBadRequest(request, "users.to[0] must be");
    }

    @Test
    void aBodyNeedsAKnownMimeType() {
        Map<String, Object> request = new HashMap<>(task("Login fails", List.of(TAG_BUG)));
        request.put("body", Map.of("mimeType", "text/plain", "content", "x"));
        expectBadRequest(request, "body.mimeType must be text/html or text/x-markdown");
    }

    @Test
    void anUnknownPriorityIsRefused() {
        Map<String, Object> request = new HashMap<>(task("Login fails", List.of(TAG_BUG)));
        request.put("priority", "urgent");
        expectBadRequest(request, "priority 'urgent'");
    }

    @Test
    void aBrokenJsonBodyIsABadRequestInTheEnvelope() {
        asClient().body("{\"subject\": ").post(PROJECT + "/posts").then().statusCode(400)
                .body("header.isSuccessful", equalTo(false))
                .body("header.resultCode", equalTo(-400));
    }

    @Test
    void setWorkflowMovesTheTask() {
        String id = createTask();

        asClient().body(Map.of("workflowId", WORKFLOW_DOING)).post(PROJECT + "/posts/" + id + "/set-workflow")
                .then().statusCode(200).body("header.isSuccessful", equalTo(true)).body("$", hasKey("result"));

        asClient().get(PROJECT + "/posts/" + id).then()
                .body("result.workflowClass", equalTo("working"))
                .body("result.workflow.id", equalTo(WORKFLOW_DOING));
        asClient().body(Map.of("workflowId", "4242")).post(PROJECT + "/posts/" + id + "/set-workflow")
                .then().statusCode(400).body("header.resultMessage", containsString("workflow 4242"));
    }

    @Test
    void commentsAreLogsOfTheTask() {
        String id = createTask();

        String commentId = asClient().body(Map.of("body", Map.of("content", "Any news?", "mimeType", "text/x-markdown")))
                .post(PROJECT + "/posts/" + id + "/logs").then().statusCode(200)
                .body("header.isSuccessful", equalTo(true)).extract().path("result.id");

        asClient().get(PROJECT + "/posts/" + id + "/logs").then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("result[0].id", equalTo(commentId))
                .body("result[0].body.content", equalTo("Any news?"))
                .body("result[0].body.mimeType", equalTo("text/x-markdown"))
                .body("result[0].creator.member.organizationMemberId", equalTo("1001"))
                .body("result[0].createdAt", notNullValue());
        asClient().body(Map.of("body", Map.of("mimeType", "text/html"))).post(PROJECT + "/posts/" + id + "/logs")
                .then().statusCode(400).body("header.resultMessage", equalTo("body.content is required"));
        asClient().body(Map.of()).post(PROJECT + "/posts/" + id + "/logs")
                .then().statusCode(400).body("header.resultMessage", equalTo("body is required"));
    }

    @Test
    void resetForgetsTasks() {
        String id = createTask();

        StandinTestSupport.reset();

        asClient().get(PROJECT + "/posts/" + id).then().statusCode(404);
        given().get("/standin/posts").then().statusCode(200).body("result", hasSize(0));
    }

    private static void expectBadRequest(Map<String, Object> request, String message) {
        asClient().body(request).post(PROJECT + "/posts").then().statusCode(400).contentType(ContentType.JSON)
                .body("header.isSuccessful", equalTo(false))
                .body("header.resultCode", equalTo(-400))
                .body("header.resultMessage", containsString(message))
                .body("$", hasKey("result"))
                .body("result", nullValue());
    }
}
