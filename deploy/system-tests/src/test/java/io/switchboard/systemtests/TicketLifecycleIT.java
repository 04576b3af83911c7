package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The ticket lifecycle with real Keycloak tokens of several people, through the gateway. */
class TicketLifecycleIT {

    static final String SUPPORT = "a0000000-0000-4000-8000-000000000001";

    @Test
    void keepHoldResolveReinquiryResolveComplete() {
        Map<String, String> tokens = Map.of("bob", Stack.userToken("bob"), "carol", Stack.userToken("carol"));
        String id = queuedInSupport(tokens);
        String bob = tokens.get("bob");
        act(bob, id, "keep", "{}").then().statusCode(200).body("assignee.username", equalTo("bob"));
        act(bob, id, "hold", "{\"body\": \"확인 중입니다. 確認中です。\"}").then().statusCode(200)
                .body("status", equalTo("ON_HOLD"));
        act(bob, id, "resolve", "{\"body\": \"Refunded.\"}").then().statusCode(200).body("status", equalTo("RESOLVED"));
        act(Stack.integrationToken(), id, "re-inquiry", "{\"body\": \"Still charged twice\"}").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("assignee.username", equalTo("bob"));
        act(bob, id, "resolve", "{\"body\": \"Refunded again, sorry.\"}").then().statusCode(200)
                .body("status", equalTo("RESOLVED"));
        act(bob, id, "complete", null).then().statusCode(403);
        act(Stack.userToken("alice"), id, "complete", null).then().statusCode(200).body("status", equalTo("COMPLETED"));
        act(bob, id, "hold", "{\"body\": \"late\"}").then().statusCode(409).body("currentStatus", equalTo("COMPLETED"));
        as(bob).get("/api/v1/tickets/" + id + "/messages").then().statusCode(200)
                .body("type", equalTo(List.of("INTERIM_REPLY", "FINAL_REPLY", "CUSTOMER_REINQUIRY", "FINAL_REPLY")));
    }

    @Test
    void twentyOperatorsKeepingAtOnceHaveExactlyOneWinner() throws Exception {
        Map<String, String> tokens = Map.of("bob", Stack.userToken("bob"), "carol", Stack.userToken("carol"));
        String id = queuedInSupport(tokens);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Integer> codes = new ArrayList<>();
        try {
            List<Callable<Integer>> keeps = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String token = tokens.get(i % 2 == 0 ? "bob" : "carol");
                keeps.add(() -> act(token, id, "keep", "{}").statusCode());
            }
            for (Future<Integer> code : pool.invokeAll(keeps)) {
                codes.add(code.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(19, codes.stream().filter(c -> c == 409).count(), codes.toString());
        List<String> types = as(tokens.get("bob")).get("/api/v1/tickets/" + id + "/events").then().extract().path("type");
        assertEquals(2, types.stream().filter("ASSIGNED"::equals).count(), "routing, then one keep: " + types);
    }

    /** A new CS ticket, routed by the demo trigger and then forwarded back to the Support queue. */
    private static String queuedInSupport(Map<String, String> tokens) {
        String bob = tokens.get("bob");
        String id = as(bob).contentType(ContentType.JSON).body(Stack.newTicket("Lifecycle " + UUID.randomUUID()))
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        JsonPath assigned = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(bob).get("/api/v1/tickets/" + id).then().extract().jsonPath(),
                        t -> "IN_PROGRESS".equals(t.getString("status")));
        String assignee = assigned.getString("assignee.username");
        act(tokens.get(assignee), id, "forward", "{\"groupId\": \"" + SUPPORT + "\"}").then().statusCode(200)
                .body("status", equalTo("UNASSIGNED"));
        return id;
    }

    private static io.restassured.response.Response act(String token, String id, String action, String body) {
        var request = as(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post("/api/v1/tickets/" + id + "/" + action);
    }
}
