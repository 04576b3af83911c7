package io.switchboard.escalation.sla;

import static io.restassured.RestAssured.given;
import static io.switchboard.escalation.api.TicketSnapshotTest.asUser;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SLA policy API: members read, admins of the service write, everyone else does not see the service. */
@QuarkusTest
@TestSecurity(user = "alice", roles = "agent")
class SlaPolicyApiTest {

    static final String POLICY = """
            {"name":"VIP customers","conditions":[{"target":"tags","operator":"in","values":["vip"]},
             {"target":"priority","operator":"not_in","values":["LOW"]}],
             "targets":{"URGENT":{"firstResponse":"PT1H","resolution":"PT8H"},"NORMAL":{"firstResponse":"PT4H"}},
             "warnBefore":"PT30M","onBreach":{"raisePriority":true,"reassignGroupId":"a0000000-0000-4000-8000-000000000001"}}""";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    String service;
    String policies;

    @BeforeEach
    void service() {
        service = new SlaFixture(connector, entityManager).service("Asia/Seoul", SlaFixture.WEEKDAYS, List.of());
        policies = "/api/v1/sla/services/" + service + "/policies";
    }

    @Test
    void anAdminCreatesAPolicyWithDefaultsMembersReadIt() {
        String location = given().contentType(ContentType.JSON).body(POLICY).when().post(policies).then()
                .statusCode(201).header("ETag", equalTo("\"0\"")).body("name", equalTo("VIP customers"))
                .body("position", equalTo(0)).body("enabled", equalTo(true)).body("hours", equalTo("BUSINESS"))
                .body("pauseIn", contains("ON_HOLD")).body("warnBefore", equalTo("PT30M"))
                .body("targets.URGENT.firstResponse", equalTo("PT1H")).body("targets.URGENT.nextResponse", nullValue())
                .body("conditions[1].operator", equalTo("not_in")).body("onBreach.raisePriority", equalTo(true))
                .body("updatedBy", equalTo("alice")).extract().header("Location");
        asUser("bob", "agent", () -> {
            given().when().get(location).then().statusCode(200).body("name", equalTo("VIP customers"));
            given().when().get(policies).then().statusCode(200).body("items.name", contains("VIP customers"))
                    .body("mayAdminister", equalTo(false));
        });
        given().when().get(policies).then().body("mayAdminister", equalTo(true));
    }

    @Test
    void operatorsMayNotChangePoliciesAndOutsidersDoNotSeeTheService() {
        String id = given().contentType(ContentType.JSON).body(POLICY).when().post(policies).then().statusCode(201)
                .extract().path("id");
        asUser("bob", "agent", () -> {
            given().contentType(ContentType.JSON).body(POLICY).when().post(policies).then().statusCode(403)
                    .contentType("application/problem+json").body("detail", containsString("Only admins"));
            given().contentType(ContentType.JSON).body(POLICY).when().put(policies + "/" + id).then().statusCode(403);
            given().when().delete(policies + "/" + id).then().statusCode(403);
            given().contentType(ContentType.JSON).body("{\"ids\":[\"" + id + "\"]}").when().put(policies + "/order")
                    .then().statusCode(403);
        });
        asUser("dave", "agent", () -> {
            given().when().get(policies).then().statusCode(404).contentType("application/problem+json");
            given().when().get(policies + "/" + id).then().statusCode(404);
            given().contentType(ContentType.JSON).body(POLICY).when().post(policies).then().statusCode(404);
        });
        asUser("root", "org-admin", () -> given().when().get(policies).then().statusCode(403));
    }

    @Test
    void everyInvalidMemberIsNamedInOneProblem() {
        given().contentType(ContentType.JSON).body("""
                        {"name":" ","conditions":[{"target":"colour","operator":"in","values":["red"]},
                         {"target":"priority","operator":"is","values":["HUGE"]},{"target":"channel","operator":"in","values":[]},
                         {"target":"inquiryTypeId","operator":"in","values":["not-a-uuid"]}],
                         "targets":{"SOMEDAY":{"firstResponse":"PT1H"},"HIGH":{"firstResponse":"4 hours","resolution":"PT0S"}},
                         "hours":"SOMETIMES","pauseIn":["ON_HOLD","NAPPING"],"warnBefore":"soon"}""")
                .when().post(policies).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("name", "conditions[0].target", "conditions[1].operator",
                        "conditions[1].values[0]", "conditions[2].values", "conditions[3].values[0]",
                        "targets.SOMEDAY", "targets.HIGH.firstResponse", "targets.HIGH.resolution", "hours",
                        "pauseIn[1]", "warnBefore"));
        given().contentType(ContentType.JSON).body("{\"name\":\"No targets\"}").when().post(policies).then()
                .statusCode(400).body("errors.field", contains("targets"));
        given().contentType(ContentType.JSON).body("""
                        {"name":"x","targets":{"LOW":{"firstResponse":"PT1H"}},"priority":"HIGH"}""")
                .when().post(policies).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("priority")));
        given().contentType(ContentType.JSON).when().post(policies).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"ids\":[\"a0000000-0000-4000-8000-000000000009\"]}")
                .when().put(policies + "/order").then()
                .statusCode(400).body("errors.field", contains("ids"));
        given().when().get(policies).then().body("items.size()", equalTo(0));
    }

    @Test
    void aStaleVersionIsAConflict() {
        String id = given().contentType(ContentType.JSON).body(POLICY).when().post(policies).then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(POLICY.replace("VIP customers", "VIP"))
                .when().put(policies + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("VIP")).body("version", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(POLICY).when().put(policies + "/" + id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("stale-version"));
        given().contentType(ContentType.JSON).body(POLICY.replace("{\"name\"", "{\"version\":0,\"name\"")).when()
                .put(policies + "/" + id).then().statusCode(409);
        given().header("If-Match", "\"0\"").when().delete(policies + "/" + id).then().statusCode(409);
        given().header("If-Match", "1").when().delete(policies + "/" + id).then().statusCode(204);
        given().when().get(policies + "/" + id).then().statusCode(404);
    }
}
