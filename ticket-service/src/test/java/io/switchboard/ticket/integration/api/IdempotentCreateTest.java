package io.switchboard.ticket.integration.api;

import static io.switchboard.ticket.Db.count;
import static io.switchboard.ticket.Db.rows;
import static io.switchboard.ticket.Db.outboxRows;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.ticket.integration.application.Idempotency;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotentCreateTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @Inject
    Idempotency idempotency;

    static String body(String title) {
        return """
                {"title": "%s", "content": "I was charged twice.",
                 "customer": {"email": "kim@example.com", "name": "Kim Minji"}}""".formatted(title);
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void aRetriedCreateReturnsTheFirstResponseAndCreatesOneTicketAndOneEvent() {
        String title = "idem " + UUID.randomUUID();
        String key = "key-" + UUID.randomUUID();
        ExtractableResponse<Response> first = post(key, body(title)).then().statusCode(201).extract();
        ExtractableResponse<Response> second = post(key, body(title)).then().statusCode(201)
                .header(IdempotencyInterceptor.REPLAYED, "true").extract();

        assertNull(first.header(IdempotencyInterceptor.REPLAYED));
        assertEquals(first.header("Location"), second.header("Location"));
        assertEquals(first.asString(), second.asString());
        assertEquals(first.contentType(), second.contentType());
        assertEquals(1L, ticketsTitled(title));
        String id = first.path("id");
        Awaitility.await().until(() -> publishedCreations(id) >= 1 && outboxRows(id) == 0);
        assertEquals(1L, publishedCreations(id));
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void reusingAKeyWithAnotherBodyIsA422Problem() {
        String key = "key-" + UUID.randomUUID();
        post(key, body("first " + key)).then().statusCode(201);
        long before = rows("ticket");
        post(key, body("second " + key)).then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reuse")).body("status", equalTo(422));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body("first " + key))
                .when().post("/api/v1/services/DEV/tickets")
                .then().statusCode(422);
        assertEquals(before, rows("ticket"));
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void keysLongerThan255CharactersAreInvalid() {
        post("k".repeat(256), body("too long key")).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        post("k".repeat(255), body("longest key " + UUID.randomUUID())).then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void tenParallelRetriesWithOneKeyCreateOneTicket() throws Exception {
        String title = "parallel " + UUID.randomUUID();
        String key = "key-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExtractableResponse<Response>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Callable<ExtractableResponse<Response>> call = () -> {
                    start.await();
                    return post(key, body(title)).then().extract();
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<ExtractableResponse<Response>> responses = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> result : results) {
                responses.add(result.get());
            }
            for (ExtractableResponse<Response> response : responses) {
                assertEquals(201, response.statusCode(), response.asString());
                assertEquals(responses.get(0).asString(), response.asString());
                assertEquals(responses.get(0).header("Location"), response.header("Location"));
            }
            assertEquals(9, responses.stream().filter(r -> "true".equals(r.header(IdempotencyInterceptor.REPLAYED))).count());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, ticketsTitled(title));
    }

    @Test
    @TestSecurity(user = "carol", roles = "agent")
    void anotherCallerWithTheSameKeyIsIndependent() {
        String key = "shared-" + UUID.randomUUID();
        String title = "shared " + key;
        // bob used the key first, for another body
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into idempotency_record (caller, idempotency_key, request_hash, response_status,
                               response_location, response_body, created_at, expires_at)
                        values ('bob', :key, :hash, 201, 'http://localhost/api/v1/tickets/x', '{}', now(),
                                now() + interval '1 day')""")
                .setParameter("key", key).setParameter("hash", "0".repeat(64)).executeUpdate());
        ExtractableResponse<Response> created = post(key, body(title)).then().statusCode(201).extract();
        assertNull(created.header(IdempotencyInterceptor.REPLAYED));
        assertEquals("carol", created.path("createdBy"));
        assertEquals(1L, ticketsTitled(title));
        assertEquals(2L, keys(key));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void agentsMayOmitTheKeyAndEachCreateIsNew() {
        String title = "no key " + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(body(title)).when().post("/api/v1/services/CS/tickets")
                .then().statusCode(201);
        given().contentType(ContentType.JSON).body(body(title)).when().post("/api/v1/services/CS/tickets")
                .then().statusCode(201);
        assertEquals(2L, ticketsTitled(title));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aFailedRequestIsNotStoredSoTheKeyCanBeRetried() {
        String key = "key-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body("x".repeat(201)))
                .when().post("/api/v1/services/CS/tickets").then().statusCode(400);
        assertEquals(0L, keys(key));
        post(key, body("fixed " + key)).then().statusCode(201);
        assertEquals(1L, keys(key));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void expiredKeysArePurged() {
        String key = "key-" + UUID.randomUUID();
        post(key, body("expiring " + key)).then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update idempotency_record set expires_at = now() - interval '1 second' where idempotency_key = :key")
                .setParameter("key", key).executeUpdate());
        idempotency.purgeExpiredNow();
        assertEquals(0L, keys(key));
    }

    @Test
    @TestSecurity(user = "other-integration", roles = "integration")
    void anIntegrationWithoutAGrantSeesNoService() {
        post("k-" + UUID.randomUUID(), body("ungranted")).then().statusCode(404).contentType("application/problem+json");
        String id = QuarkusTransaction.requiringNew().call(() -> {
            String ticket = UUID.randomUUID().toString();
            entityManager.createNativeQuery("""
                    insert into ticket (id, workspace_code, number, title, content, channel, status, customer_email,
                                        created_by, created_at, updated_at)
                    values (cast(:id as uuid), 'CS', 200000 + floor(random() * 1000000)::bigint, 't', 'c',
                            'API', 'UNASSIGNED', 'x@example.com', 'bob', now(), now())""")
                    .setParameter("id", ticket).executeUpdate();
            return ticket;
        });
        given().when().get("/api/v1/tickets/" + id).then().statusCode(404);
        given().when().get("/api/v1/tickets/" + id + "/events").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void aGrantedIntegrationIsRefusedOtherServices() {
        given().contentType(ContentType.JSON).body(body("dev")).when().post("/api/v1/services/DEV/tickets")
                .then().statusCode(404).body("detail", equalTo("There is no service DEV."));
    }

    // --- helpers

    static io.restassured.response.Response post(String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/services/CS/tickets");
    }

    long ticketsTitled(String title) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from ticket where title = :title")
                .setParameter("title", title).getSingleResult()).longValue());
    }

    long keys(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from idempotency_record where idempotency_key = :key")
                .setParameter("key", key).getSingleResult()).longValue());
    }

    long publishedCreations(String ticketId) {
        return connector.sink("outbox").received().stream()
                .map(m -> (String) m.getPayload())
                .filter(p -> p.contains(ticketId) && p.contains("\"type\":\"TicketCreated\""))
                .count();
    }


}
