package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** People administration through the gateway with real tokens, and its events flowing with the rest. */
class PeopleAdminIT {

    @Test
    void aServiceAdminCreatesAGroupAndTicketEventsKeepFlowing() {
        String alice = Stack.userToken("alice");
        String name = "Billing " + UUID.randomUUID().toString().substring(0, 8);
        as(alice).contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .when().post("/api/v1/services/CS/groups").then().statusCode(201).body("name", equalTo(name));
        as(alice).get("/api/v1/services/CS/groups").then().statusCode(200).body("name", hasItem(name));
        as(Stack.userToken("bob")).contentType(ContentType.JSON).body("{\"name\": \"Not mine\"}")
                .when().post("/api/v1/services/CS/groups").then().statusCode(403).contentType("application/problem+json");

        // the GroupMembershipChanged event goes out through the same outbox: later ticket events must not wait
        String bob = Stack.userToken("bob");
        String id = as(bob).contentType(ContentType.JSON).body(Stack.newTicket("After the admin change"))
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(bob).get("/api/v1/tickets/" + id).then().extract().path("status"), "IN_PROGRESS"::equals);
    }

    /**
     * ServiceChanged and GroupMembershipChanged carry full state keyed by service and group: their topic is
     * compacted, so a consumer that starts later from the beginning still learns every service's members.
     */
    @Test
    void thePeopleTopicKeepsEachServicesAndGroupsLatestStateForever() throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:19092"))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "switchboard.people-events");
            Config config = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
            assertEquals("compact", config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value());
        }
    }

    /** An org-admin grants a service to a client through the gateway; the grant decides what the client sees. */
    @Test
    void anOrgAdminGrantsAndRevokesAServiceForTheIntegrationClient() {
        String alice = Stack.userToken("alice");
        String integration = Stack.integrationToken();
        as(integration).get("/api/v1/services/DEV/inquiry-types").then().statusCode(404);
        as(alice).when().put("/api/v1/integrations/demo-integration/services/DEV").then().statusCode(201);
        try {
            as(alice).get("/api/v1/integrations/grants?clientId=demo-integration").then().statusCode(200)
                    .body("serviceCode", hasItem("DEV"));
            as(integration).get("/api/v1/services/DEV/inquiry-types").then().statusCode(200);
        } finally {
            as(alice).when().delete("/api/v1/integrations/demo-integration/services/DEV").then().statusCode(204);
        }
        as(integration).get("/api/v1/services/DEV/inquiry-types").then().statusCode(404);
    }
}
