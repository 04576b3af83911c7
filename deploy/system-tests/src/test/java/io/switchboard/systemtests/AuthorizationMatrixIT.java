package io.switchboard.systemtests;

import static io.restassured.RestAssured.given;
import static io.switchboard.systemtests.Stack.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the four services' OpenAPI documents × every kind of caller, with real Keycloak tokens,
 * through the gateway and straight to the service: whoever the operation's {@code x-audience} leaves out must be
 * refused (401 without a token, else 400/403/404 — never a success and never an answer that shows they got past
 * the rights check, such as 409). The paths name CS's resources; bob is the assignee of the ticket they name.
 */
class AuthorizationMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUPPORT = "a0000000-0000-4000-8000-000000000001";
    private static final Map<String, String> SERVICES = Map.of(
            "ticket-service", "http://127.0.0.1:8081", "routing-service", "http://127.0.0.1:8082",
            "escalation-service", "http://127.0.0.1:8083", "notification-service", "http://127.0.0.1:8084");
    private static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404);
    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    /** A kind of caller: its token (null: none) and what it is to CS and to the ticket the paths name. */
    record Caller(String name, String token, Set<String> is) {
    }

    record Operation(String service, String method, String path, Set<String> audience, String example,
                     boolean multipart) {
    }

    @Test
    void nobodyOutsideAnOperationsAudienceGetsThrough() throws IOException {
        String ticket = ticketAssignedToBob();
        List<Caller> callers = List.of(
                new Caller("no token", null, Set.of()),
                new Caller("erin (no roles)", Stack.userToken("erin"), Set.of()),
                new Caller("dave (operator of DEV only)", Stack.userToken("dave"), Set.of("agent")),
                new Caller("bob (operator of CS, the assignee)", Stack.userToken("bob"),
                        Set.of("agent", "member", "assignee")),
                new Caller("alice (admin of CS, org-admin)", Stack.userToken("alice"),
                        Set.of("agent", "member", "service-admin", "org-admin")),
                new Caller("olivia (org-admin, no membership)", Stack.userToken("olivia"), Set.of("org-admin")),
                new Caller("demo-integration (granted CS)", Stack.integrationToken(), Set.of("integration")),
                new Caller("demo-partner (integration, no grant)", Stack.clientToken("demo-partner", "demo-partner-secret"), Set.of()),
                new Caller("notification-service (Switchboard's own)", Stack.clientToken("notification-service", "notification-service-local-secret"),
                        Set.of("switchboard")));

        List<Operation> operations = operations();
        assertTrue(operations.size() > 80, "the four documents list " + operations.size() + " operations");
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Operation operation : operations) {
            if (operation.audience().contains("anyone")) {
                continue; // open to every caller; the service tests hold it to its secret
            }
            String path = fill(operation.path(), ticket);
            for (Caller caller : callers) {
                if (caller.is().stream().anyMatch(operation.audience()::contains)) {
                    continue; // inside the audience: the service tests cover what they may do
                }
                for (String base : List.of(Stack.GATEWAY, SERVICES.get(operation.service()))) {
                    Response response = call(base, caller, operation, path);
                    calls++;
                    int status = response.statusCode();
                    boolean refused = caller.token() == null ? status == 401 : REFUSALS.contains(status);
                    if (!refused) {
                        failures.add(caller.name() + " → " + operation.method() + " " + base + path + ": " + status
                                + " (audience " + operation.audience() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + calls + " forbidden calls were not refused");
    }

    private static Response call(String base, Caller caller, Operation operation, String path) {
        RequestSpecification request = given().baseUri(base);
        if (caller.token() != null) {
            request = request.auth().oauth2(caller.token());
        }
        if (operation.multipart()) {
            request = request.multiPart("file", "영수증.txt", "paid twice".getBytes(), "text/plain");
        } else if (Set.of("POST", "PUT", "PATCH").contains(operation.method())) {
            request = request.contentType(ContentType.JSON).body(operation.example());
        }
        return request.request(operation.method(), path);
    }

    /** Every operation of the four services, as their OpenAPI documents describe them. */
    private static List<Operation> operations() throws IOException {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            JsonNode paths = JSON.readTree(given().baseUri(service.getValue()).get("/q/openapi?format=json")
                    .then().statusCode(200).extract().asString()).path("paths");
            for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
                String path = it.next();
                for (String method : List.of("get", "post", "put", "patch", "delete")) {
                    JsonNode operation = paths.path(path).path(method);
                    if (operation.isMissingNode()) {
                        continue;
                    }
                    String audience = operation.path("x-audience").asText("");
                    assertTrue(!audience.isBlank(), method + " " + path + " has no x-audience");
                    operations.add(new Operation(service.getKey(), method.toUpperCase(), path,
                            Set.of(audience.split(",")), example(operation),
                            operation.path("requestBody").path("content").has("multipart/form-data")));
                }
            }
        }
        return operations;
    }

    /** The request body's first example, so that the rights check is what refuses it, not the body's shape. */
    private static String example(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content").path("application/json");
        JsonNode examples = content.path("examples");
        if (examples.isObject() && examples.size() > 0) {
            JsonNode value = examples.elements().next().path("value");
            return value.isTextual() ? value.asText() : value.toString();
        }
        return content.has("example") ? content.path("example").toString() : "{}";
    }

    /** The path with CS's resources: the ticket bob works on, group Support, ids that exist nowhere else. */
    private static String fill(String template, String ticket) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("serviceCode", "CS");
        values.put("groupId", SUPPORT);
        values.put("username", "carol");
        values.put("clientId", "demo-partner");
        values.put("code", "order_no");
        values.put("type", "RESOLVE");
        values.put("language", "ko");
        values.put("index", "0");
        values.put("key", "title");
        Matcher matcher = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            boolean ticketId = name.equals("ticketId") || name.equals("id") && template.startsWith("/api/v1/tickets/");
            String value = ticketId ? ticket : values.getOrDefault(name, UUID.randomUUID().toString());
            matcher.appendReplacement(path, value);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** A new CS ticket, routed by the demo trigger and then given to bob by alice. */
    private static String ticketAssignedToBob() {
        String alice = Stack.userToken("alice");
        String id = as(Stack.integrationToken()).contentType(ContentType.JSON)
                .body(Stack.newTicket("Authorization matrix")).post("/api/v1/services/CS/tickets")
                .then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(alice).get("/api/v1/tickets/" + id).then().extract().path("status"), "IN_PROGRESS"::equals);
        as(alice).contentType(ContentType.JSON).body("{\"groupId\":\"" + SUPPORT + "\",\"assignee\":\"bob\"}")
                .post("/api/v1/tickets/" + id + "/assign").then().statusCode(200);
        return id;
    }
}
