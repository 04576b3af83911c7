package io.switchboard.systemtests;

import static io.switchboard.systemtests.Stack.as;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads the four services' OpenAPI documents and sends every operation, through the gateway with real tokens,
 * hostile input of the kinds issue 9 found ({@link BadInput}), plus garbage multipart, a 5,000-character URL and
 * 25 KB of headers. Fails, listing them all, on any 5xx, any 4xx that is not {@code application/problem+json},
 * and any broken body that is not refused.
 *
 * <p>It changes no demo data: every request carries at least one part that must be refused before anything is
 * done (a hostile path parameter, or a broken body aimed at ids that do not exist); only its own ticket gets
 * well-formed but huge values. Operations a demo identity may not call are tried with the next one (alice, the
 * integration client, bob); their 403 problems count as answers.
 */
class OpenApiFuzzIT {

    private static final Map<String, Integer> SERVICES = Map.of("ticket-service", 8081, "routing-service", 8082,
            "escalation-service", 8083, "notification-service", 8084);
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private final List<String> failures = new ArrayList<>();
    private final List<String> tokens = new ArrayList<>();
    private String fuzzTicket;
    private int requests;

    @Test
    void everyOperationAnswersHostileInputWithA4xxProblem() {
        long started = System.nanoTime();
        String bob = Stack.userToken("bob");
        tokens.addAll(List.of(Stack.userToken("alice"), Stack.integrationToken(), bob));
        fuzzTicket = as(bob).contentType(ContentType.JSON).body(Stack.newTicket("Fuzz target " + UUID.randomUUID()))
                .when().post("/api/v1/services/CS/tickets").then().statusCode(201).extract().path("id");
        int operations = 0;
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            JsonNode document = BadInput.read(as(tokens.get(0)).baseUri("http://127.0.0.1:" + service.getValue())
                    .queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
            boolean bodyLimitTried = false;
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    String method = op.getKey().toUpperCase(Locale.ROOT);
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        continue;
                    }
                    operations++;
                    bodyLimitTried |= fuzz(document, method, path.getKey(), op.getValue(), !bodyLimitTried);
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf("OpenApiFuzzIT: %d operations, %d requests, %d failures, %d s%n", operations, requests,
                failures.size(), seconds);
        assertTrue(operations > 50, "the OpenAPI documents list only " + operations + " operations");
        assertTrue(failures.isEmpty(), failures.size() + " answers broke the rules:\n"
                + String.join("\n", failures.subList(0, Math.min(300, failures.size()))));
    }

    /** All variants of one operation; true if it took a JSON body and the oversized one was sent. */
    private boolean fuzz(JsonNode document, String method, String template, JsonNode op, boolean tryBodyLimit) {
        Map<String, JsonNode> pathParams = new LinkedHashMap<>();
        Map<String, JsonNode> queryParams = new LinkedHashMap<>();
        for (JsonNode p : op.path("parameters")) {
            JsonNode param = BadInput.resolve(p, document);
            JsonNode schema = BadInput.resolve(param.path("schema"), document);
            if ("path".equals(param.path("in").asText())) {
                pathParams.put(param.path("name").asText(), schema);
            } else if ("query".equals(param.path("in").asText())) {
                queryParams.put(param.path("name").asText(), schema);
            }
        }
        String name = method + " " + template;
        String body = null;
        String contentType = null;
        JsonNode content = op.path("requestBody").path("content");
        if (content.has("application/json")) {
            contentType = "application/json";
            body = BadInput.example(content.get("application/json").path("schema"), document, 0).toString();
        }

        // a hostile value in each path parameter, with a well-formed body if any
        for (String param : pathParams.keySet()) {
            for (BadInput.Variant bad : BadInput.parameterValues(pathParams.get(param))) {
                String target = expand(template, pathParams, true, param, bad.raw());
                check(name, "path " + param + ": " + bad.kind(), send(method, target, contentType, body, ""), false);
            }
        }
        // a hostile value in each query parameter (reads only: nothing else in the request is wrong)
        if (method.equals("GET")) {
            for (String param : queryParams.keySet()) {
                for (BadInput.Variant bad : BadInput.parameterValues(queryParams.get(param))) {
                    String target = expand(template, pathParams, true, null, null) + "?" + param + "=" + bad.raw();
                    check(name, "query " + param + ": " + bad.kind(), send(method, target, null, null, ""), false);
                }
            }
        }
        // too long a URL and too many headers, refused before anything is done
        String harmless = expand(template, pathParams, true, null, null);
        check(name, "5,000-character URL", send(method, harmless + "?q=" + "a".repeat(5_000), null, null, ""), false);
        check(name, "25 KB of headers", send(method, harmless, null, null, "X-Padding: " + "b".repeat(25_000) + "\r\n"),
                false);

        boolean bodyLimitTried = false;
        if (body != null) {
            JsonNode schema = content.get("application/json").path("schema");
            JsonNode good = BadInput.read(body);
            boolean ownTicket = template.startsWith("/api/v1/tickets/{");
            String target = expand(template, pathParams, !ownTicket, null, null);
            List<BadInput.Variant> variants = new ArrayList<>(BadInput.malformedBodies(good));
            variants.addAll(BadInput.brokenMembers(good, schema, document, ownTicket));
            for (BadInput.Variant bad : variants) {
                check(name, "body: " + bad.kind(), send(method, target, contentType, bad.raw(), ""), true);
            }
            check(name, "body as text/plain", send(method, target, "text/plain", body, ""), true);
            if (tryBodyLimit) {
                String huge = "{\"x\":\"" + "x".repeat(12 * 1024 * 1024) + "\"}";
                check(name, "12 MB body", send(method, target, contentType, huge, ""), true);
                bodyLimitTried = true;
            }
        }
        if (content.has("multipart/form-data")) {
            String target = expand(template, pathParams, false, null, null);
            String part = "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n";
            for (String[] bad : new String[][] {{"multipart/form-data; boundary=XYZ", "garbage"},
                    {"multipart/form-data; boundary=XYZ", part + "cut short"},
                    {"multipart/form-data", part + "no boundary\r\n--XYZ--\r\n"},
                    {"multipart/form-data; boundary=XYZ", ""}}) {
                check(name, "multipart: " + bad[1].lines().findFirst().orElse("empty"),
                        send(method, target, bad[0], bad[1], ""), true);
            }
        }
        return bodyLimitTried;
    }

    /**
     * The template with values: {@code hostile} for {@code bad}; the fuzz ticket for ticket ids; CS or ids that
     * exist nowhere for the rest ({@code nowhere}: a service code no service has, so nothing can change).
     */
    private String expand(String template, Map<String, JsonNode> params, boolean nowhere, String bad, String hostile) {
        Matcher m = PARAM.matcher(template);
        StringBuilder target = new StringBuilder();
        while (m.find()) {
            String param = m.group(1);
            JsonNode schema = params.getOrDefault(param, BadInput.read("{}"));
            String value;
            if (param.equals(bad)) {
                value = hostile;
            } else if ((param.equals("id") || param.equals("ticketId")) && template.startsWith("/api/v1/tickets/{")) {
                value = fuzzTicket;
            } else if ("uuid".equals(schema.path("format").asText())) {
                value = UUID.randomUUID().toString();
            } else if ("integer".equals(BadInput.type(schema))) {
                value = "0";
            } else if (param.toLowerCase(Locale.ROOT).contains("service")) {
                value = nowhere ? "ZZFUZZ" : "CS";
            } else {
                value = "zz-fuzz";
            }
            m.appendReplacement(target, Matcher.quoteReplacement(value));
        }
        m.appendTail(target);
        return target.toString();
    }

    private record Answer(int status, String contentType, String body) {
    }

    /** Sends with each identity in turn while the answer is 403 (the operation is not theirs). */
    private Answer send(String method, String target, String contentType, String body, String headers) {
        Answer answer = null;
        for (String token : tokens) {
            answer = sendAs(token, method, target, contentType, body, headers);
            if (answer.status() != 403) {
                break;
            }
        }
        return answer;
    }

    private Answer sendAs(String token, String method, String target, String contentType, String body, String headers) {
        requests++;
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:8080\r\nConnection: close\r\nAuthorization: Bearer ").append(token)
                .append("\r\nAccept: application/json, application/problem+json\r\n").append(headers);
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(bytes.length).append("\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", 8080)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.UTF_8));
            try {
                socket.getOutputStream().write(bytes);
            } catch (IOException refusedEarly) {
                // the server answered (e.g. 413) and closed before the whole body was written: read its answer
            }
            String answer = readAll(socket.getInputStream());
            Matcher status = STATUS.matcher(answer);
            if (!status.find()) {
                return new Answer(0, "", answer.isEmpty() ? "(no answer)" : answer);
            }
            int end = answer.indexOf("\r\n\r\n");
            String headerBlock = end < 0 ? answer : answer.substring(0, end);
            String type = headerBlock.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(l -> l.substring("content-type:".length()).strip()).findFirst().orElse("");
            return new Answer(Integer.parseInt(status.group(1)), type, end < 0 ? "" : answer.substring(end + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target.substring(0, Math.min(120, target.length())), e);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            in.transferTo(out);
        } catch (IOException reset) {
            // a connection reset after the answer: keep what arrived
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code mustRefuse}: a broken body, which must never be taken (2xx) either. */
    private void check(String operation, String variant, Answer answer, boolean mustRefuse) {
        String problem = null;
        if (answer.status() == 0 || answer.status() >= 500) {
            problem = "answered " + (answer.status() == 0 ? "nothing" : answer.status());
        } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            problem = answer.status() + " is not application/problem+json but '" + answer.contentType() + "'";
        } else if (mustRefuse && answer.status() < 400) {
            problem = "took it: " + answer.status();
        }
        if (problem != null) {
            String body = answer.body().replaceAll("\\s+", " ");
            failures.add(operation + " [" + variant + "] " + problem + " — " + body.substring(0, Math.min(160, body.length())));
        }
    }
}
