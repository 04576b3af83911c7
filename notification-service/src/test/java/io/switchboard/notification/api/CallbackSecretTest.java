package io.switchboard.notification.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.notification.ServiceEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rotating and reading a service's callback signing secret, and who may. */
@QuarkusTest
class CallbackSecretTest {

    private static final AtomicInteger SERVICES = new AtomicInteger();

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aServiceAdminRotatesTheSecretAndSeesItOnlyOnce() {
        String service = service(Map.of("alice", "ADMIN"));
        String path = "/api/v1/notifications/services/" + service + "/callback-secret";
        given().when().get(path).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Service " + service + " has no callback secret yet; rotate one."));

        JsonPath first = given().when().post(path).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(path))
                .body("serviceCode", equalTo(service)).body("id", notNullValue()).body("createdAt", notNullValue())
                .body("secret", matchesPattern("[A-Za-z0-9_-]{43}")).extract().jsonPath();
        given().when().get(path).then().statusCode(200).body("id", equalTo(first.getString("id")))
                .body("$", not(hasKey("secret")));

        JsonPath second = given().when().post(path).then().statusCode(201).extract().jsonPath();
        assertNotEquals(first.getString("id"), second.getString("id"));
        assertNotEquals(first.getString("secret"), second.getString("secret"));
        given().when().get(path).then().statusCode(200).body("id", equalTo(second.getString("id")));

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select ciphertext from callback_secret where service_code = :code")
                .setParameter("code", service).getSingleResult());
        assertFalse(stored.contains(second.getString("secret")), "the secret is stored encrypted");
    }

    @Test
    @TestSecurity(user = "olga", roles = "agent")
    void anOperatorMayNotTouchTheSecret() {
        String service = service(Map.of("alice", "ADMIN", "olga", "OPERATOR"));
        String path = "/api/v1/notifications/services/" + service + "/callback-secret";
        given().when().post(path).then().statusCode(403).contentType("application/problem+json");
        given().when().get(path).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "mallory", roles = "agent")
    void aStrangerCannotTellTheServiceExists() {
        String service = service(Map.of("alice", "ADMIN"));
        given().when().post("/api/v1/notifications/services/" + service + "/callback-secret").then().statusCode(404)
                .body("detail", equalTo("No service " + service + "."));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void anOrgAdminRotatesAnyKnownServicesSecret() {
        String service = service(Map.of());
        given().when().post("/api/v1/notifications/services/" + service + "/callback-secret").then().statusCode(201);
        given().when().post("/api/v1/notifications/services/NOPE/callback-secret").then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("No service NOPE."));
    }

    @Test
    @TestSecurity(user = "machine", roles = "integration")
    void integrationClientsHaveNoAccess() {
        given().when().post("/api/v1/notifications/services/CS/callback-secret").then().statusCode(403);
    }

    @Test
    void theSecretNeedsAToken() {
        given().when().get("/api/v1/notifications/services/CS/callback-secret").then().statusCode(401);
    }

    String service(Map<String, String> members) {
        String code = "CB" + SERVICES.incrementAndGet() + "_" + (System.nanoTime() % 10_000);
        ServiceEvents.publish(connector, entityManager, code, members);
        return code;
    }
}
