package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.restassured.http.ContentType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * A service admin's trigger, end to end with real tokens and Kafka: routing matches the new ticket,
 * ticket-service applies the priority and tag, notification-service mails the customer (read back over
 * IMAP) and POSTs a signed callback to a receiver that verifies the signature.
 */
class TriggerResultsIT {

    record Received(Map<String, String> headers, String body) {
    }

    @Test
    void aMatchingTriggerSetsAttributesMailsTheCustomerAndCallsBackSigned() throws Exception {
        BlockingQueue<Received> callbacks = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            callbacks.add(new Received(Map.of(
                    "timestamp", String.valueOf(exchange.getRequestHeaders().getFirst("X-Switchboard-Timestamp")),
                    "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Switchboard-Signature"))),
                    body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String alice = Stack.userToken("alice");
        String trigger = null;
        try {
            String secret = as(alice).when().post("/api/v1/notifications/services/CS/callback-secret")
                    .then().statusCode(201).extract().path("secret");
            String marker = "VIP-" + UUID.randomUUID().toString().substring(0, 8);
            trigger = as(alice).contentType(ContentType.JSON).body("""
                            {"title": "VIP %1$s", "conditions": [
                               {"required": true, "target": "TITLE", "operator": "CONTAINS", "value": "%1$s"}],
                             "results": {"setPriority": "URGENT", "addTags": ["vip"],
                               "notify": [{"recipient": "CUSTOMER", "messages": {
                                 "ko": {"subject": "[{{ticket.number}}] 문의가 접수되었습니다", "body": "{{customer.name}}님, 곧 답변드리겠습니다."},
                                 "ja": {"subject": "[{{ticket.number}}] お問い合わせを受け付けました", "body": "{{customer.name}}様"}}}],
                               "callback": {"url": "http://127.0.0.1:%2$d/hook"}}}""".formatted(marker,
                            receiver.getAddress().getPort()))
                    .when().post("/api/v1/routing/services/CS/triggers").then().statusCode(201).extract().path("id");

            String customer = "vip." + System.nanoTime() + "@example.com";
            String bob = Stack.userToken("bob");
            String id = as(bob).contentType(ContentType.JSON).body("""
                            {"title": "%s 결제 오류", "content": "결제가 안 됩니다.",
                             "customer": {"email": "%s", "name": "박서연"}}""".formatted(marker, customer))
                    .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                    .until(() -> as(bob).get("/api/v1/tickets/" + id).then().extract().path("priority"), "URGENT"::equals);
            String number = as(bob).get("/api/v1/tickets/" + id).then().statusCode(200)
                    .body("tags", hasItem("vip")).body("status", equalTo("IN_PROGRESS"))
                    .extract().path("number");
            as(bob).get("/api/v1/tickets/" + id + "/events").then()
                    .body("summary", hasItem(org.hamcrest.Matchers.containsString("'VIP " + marker + "'")));
            as(bob).get("/api/v1/routing/decisions/" + id).then().statusCode(200)
                    .body("[0].summary", org.hamcrest.Matchers.containsString("round-robin"));

            Received callback = callbacks.poll(60, TimeUnit.SECONDS);
            assertTrue(callback != null, "no callback arrived");
            String expected = "v1=" + hmac(secret, callback.headers().get("timestamp") + "." + callback.body());
            assertEquals(expected, callback.headers().get("signature"), "the signature verifies with the secret");
            JsonNode payload = new ObjectMapper().readTree(callback.body());
            assertEquals(number, payload.path("ticket").path("number").asText());

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Stack.mailSubjects(customer), subjects -> subjects.contains("[" + number + "] 문의가 접수되었습니다"));
        } finally {
            receiver.stop(0);
            if (trigger != null) {
                retire(alice, trigger);
            }
        }
    }

    /** Disabled first: only a disabled trigger can be deleted. */
    private static void retire(String token, String trigger) {
        JsonNode current = as(token).get("/api/v1/routing/services/CS/triggers/" + trigger).then().statusCode(200)
                .extract().as(JsonNode.class);
        var disabled = new ObjectMapper().createObjectNode().put("title", current.path("title").asText())
                .put("enabled", false).put("version", current.path("version").asInt());
        disabled.set("conditions", current.path("conditions"));
        disabled.set("results", current.path("results"));
        as(token).contentType(ContentType.JSON).body(disabled.toString())
                .when().put("/api/v1/routing/services/CS/triggers/" + trigger).then().statusCode(200);
        as(token).when().delete("/api/v1/routing/services/CS/triggers/" + trigger).then().statusCode(204);
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
