package io.switchboard.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Durability drill: under about 30 ticket creations a second through the gateway, PostgreSQL is killed with
 * kill -9 and restarted, then Kafka the same way. Afterwards every ticket that was answered 201 exists, was
 * routed and assigned exactly once and its operator was mailed exactly once; creates during the database outage
 * were answered 503 problem+json with Retry-After, never 500; and no service was restarted to get there.
 */
class OutageIT {

    static final Path LOG = Stack.ROOT.resolve("deploy/system-tests/target/outage.log");
    static final Path STATE = Stack.ROOT.resolve(".switchboard");
    static final List<String> SERVICES = List.of("ticket-service", "routing-service", "escalation-service",
            "notification-service", "gateway");
    static final Map<String, Integer> READY_PORTS = Map.of("ticket-service", 8081, "routing-service", 8082,
            "escalation-service", 8083, "notification-service", 8084, "gateway", 8080);
    static final int CREATES_PER_SECOND = 30;

    /** One create's answer as the client saw it (status -1: no answer at all). */
    record Answer(int status, String contentType, String retryAfter, String ticketId, String body) {
    }

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();
    final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    final AtomicInteger sent = new AtomicInteger();
    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void killingPostgresAndKafkaUnderLoadLosesNothingDoublesNothingAndNeedsNoRestart() throws Exception {
        Map<String, Long> servicePids = pids();
        Map<String, Long> deadLettersBefore = deadLetters();
        AtomicReference<String> token = new AtomicReference<>(Stack.integrationToken());
        ScheduledExecutorService load = Executors.newScheduledThreadPool(2);
        load.scheduleAtFixedRate(() -> create(token.get()), 0, 1000 / CREATES_PER_SECOND, TimeUnit.MILLISECONDS);
        load.scheduleAtFixedRate(() -> token.set(Stack.integrationToken()), 60, 60, TimeUnit.SECONDS);
        try {
            pause(5);
            kill("postgres", postmasterPid());
            pause(8);
            start("postgres");
            pause(8);
            kill("kafka", pid("kafka"));
            pause(8);
            start("kafka");
            pause(5);
        } finally {
            load.shutdown();
            assertTrue(load.awaitTermination(10, TimeUnit.SECONDS));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> answers.size() == sent.get());

        List<String> created = answers.stream().filter(a -> a.status() == 201).map(Answer::ticketId).toList();
        List<Answer> refused = answers.stream().filter(a -> a.status() != 201).toList();
        Map<Integer, Long> statuses = answers.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
        System.out.println("OutageIT answers by status: " + statuses);
        assertTrue(refused.stream().anyMatch(a -> a.status() == 503), "the database outage was seen: " + statuses);
        for (Answer answer : refused) {
            assertEquals(503, answer.status(), "only 201 or 503: " + answer);
            assertTrue(answer.contentType() != null && answer.contentType().startsWith("application/problem+json"),
                    "503 as problem+json: " + answer);
            assertTrue(answer.retryAfter() != null && answer.retryAfter().matches("\\d+"), "503 with Retry-After: " + answer);
        }

        // every acknowledged ticket exists and is routed by the demo round-robin trigger, exactly once
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() ->
                count("ticket", "select count(*) from ticket where id = any(?) and assignee is not null", created),
                n -> n == created.size());
        assertEquals(created.size(), count("ticket", "select count(*) from ticket where id = any(?)", created));
        assertEquals(created.size(), count("ticket", """
                select count(*) from (select ticket_id from ticket_event where ticket_id = any(?) and type = 'ASSIGNED'
                group by ticket_id having count(*) = 1) once""", created), "one assignment each");
        assertEquals(created.size(), count("routing", "select count(*) from routing_decision where ticket_id = any(?)",
                created), "one routing decision each");

        // and its operator notice is sent exactly once
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> count("notification",
                "select count(*) from delivery where ticket_id = any(?) and kind = 'ASSIGNMENT_NOTICE' and status = 'SENT'",
                created), n -> n == created.size());
        assertEquals(created.size(), count("notification",
                "select count(*) from delivery where ticket_id = any(?) and kind = 'ASSIGNMENT_NOTICE'", created));
        Map<String, Long> mailsBySubject = new HashMap<>();
        for (String operator : List.of("bob@example.com", "carol@example.com")) {
            Stack.mailSubjects(operator).stream().filter(s -> s != null && s.contains(run))
                    .forEach(s -> mailsBySubject.merge(s, 1L, Long::sum));
        }
        assertEquals(created.size(), mailsBySubject.size(), "one notice per ticket in the operators' mailboxes");
        assertEquals(Map.of(), mailsBySubject.entrySet().stream().filter(e -> e.getValue() != 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "no notice twice");

        // nothing was given up as a dead letter, every part is ready again, and none was restarted
        assertEquals(deadLettersBefore, deadLetters());
        for (Map.Entry<String, Integer> service : READY_PORTS.entrySet()) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> readyStatus(service.getValue()), status -> status == 200);
        }
        assertEquals(servicePids, pids(), "no service was restarted");
    }

    private void create(String token) {
        int n = sent.incrementAndGet();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.GATEWAY + "/api/v1/services/CS/tickets"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Stack.newTicket("Outage " + run + " #" + n))).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
            if (failure != null) {
                answers.add(new Answer(-1, null, null, null, failure.toString()));
                return;
            }
            String id = null;
            if (response.statusCode() == 201) {
                try {
                    id = json.readTree(response.body()).path("id").asText(null);
                } catch (IOException e) {
                    id = null;
                }
            }
            answers.add(new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), id,
                    response.body().substring(0, Math.min(300, response.body().length()))));
        });
    }

    private int readyStatus(int port) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** kill -9 of one process, by its pid. */
    private static void kill(String part, long pid) {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(part + " is not running"));
        assertTrue(process.destroyForcibly(), "SIGKILL to " + part + " (pid " + pid + ")");
        process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    private static void start(String part) throws IOException {
        // the part's own process is gone (PostgreSQL's launcher ends with its server): start it on its own data
        long launcher = pid(part);
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(launcher).map(p -> !p.isAlive()).orElse(true));
        assertEquals(0, Stack.run(LOG, Duration.ofMinutes(3), "./switchboard", "start", part), Stack.tail(LOG));
    }

    private static long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(STATE.resolve("postgres/postmaster.pid")).get(0).trim());
    }

    private static long pid(String part) throws IOException {
        return Long.parseLong(Files.readString(STATE.resolve("pids/" + part + ".pid")).trim());
    }

    private static Map<String, Long> pids() throws IOException {
        Map<String, Long> pids = new HashMap<>();
        for (String service : SERVICES) {
            pids.put(service, pid(service));
        }
        return pids;
    }

    private static Map<String, Long> deadLetters() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        for (String database : List.of("ticket", "routing", "escalation", "notification")) {
            counts.put(database, count(database, "select count(*) from dead_letter_event", List.of()));
        }
        return counts;
    }

    private static long count(String database, String sql, List<String> ids) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:15432/" + database,
                "switchboard", "switchboard"); PreparedStatement query = db.prepareStatement(sql)) {
            if (sql.contains("?")) {
                query.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void pause(int seconds) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
    }
}
