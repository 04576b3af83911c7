package io.switchboard.escalation.dooray.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.escalation.dooray.application.TokenCipher;
import io.switchboard.escalation.dooray.domain.ConnectionSettings;
import io.switchboard.escalation.dooray.domain.DoorayConnection;
import io.switchboard.escalation.dooray.domain.DoorayProjectSetting;
import io.switchboard.escalation.dooray.domain.HookSecret;
import io.switchboard.escalation.dooray.domain.SealedSecrets;
import io.switchboard.platform.testing.TestEvents;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Service CS's Dooray connection against the real stand-in (seed: src/test/resources/dooray-standin-seed.json). */
@QuarkusTest
@TestSecurity(user = "alice", roles = "agent")
class DoorayConnectionTest {

    private static final String CONNECTION = "/api/v1/dooray/services/CS/connection";
    private static final String PROJECT = "/api/v1/dooray/services/CS/projects/1100";
    private static final String TOKEN = "acme-token";
    private static final String PATH_MEMBERS = "/project/v1/projects/1100/members";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    /** CS: alice administers it, bob is an operator; dave works elsewhere. The stand-in starts from its seed. */
    @BeforeEach
    void csAndAFreshStandin() {
        connector.source("people-events").send(TestEvents.serviceChanged("CS",
                Map.of("alice", "ADMIN", "bob", "OPERATOR"), List.of()));
        await().until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from service_member where service_code = 'CS' and username in ('alice', 'bob')")
                .getSingleResult()).intValue() == 2));
        QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("delete from dooray_connection").executeUpdate());
        given().baseUri(standin()).post("/standin/reset").then().statusCode(200);
    }

    // --- create, read, replace, delete

    @Test
    void anAdminCreatesTheConnectionAndNoAnswerCarriesTheToken() {
        String created = given().contentType(ContentType.JSON).body(connection(TOKEN, "1100")).put(CONNECTION)
                .then().statusCode(201).header("Location", startsWith("http")).header("Location", matchesPattern(".*" + CONNECTION))
                .body("serviceCode", equalTo("CS")).body("organizationId", equalTo("100"))
                .body("tokenSet", equalTo(true)).body("tokenSetAt", not(nullValue()))
                .body("projects[0].id", equalTo("1100")).body("projects[0].name", equalTo("Acme CS"))
                .body("projects[0].registrantMemberId", equalTo("1001"))
                .body("operators[0].username", equalTo("bob")).body("operators[0].organizationMemberId", equalTo("1002"))
                .body("hookPath", matchesPattern("/api/v1/dooray/hooks/[A-Za-z0-9_-]{43}"))
                .body("updatedBy", equalTo("alice")).body("mayAdminister", equalTo(true))
                .extract().asString();
        String read = given().get(CONNECTION).then().statusCode(200).extract().asString();

        assertFalse(created.contains(TOKEN), created);
        assertFalse(read.contains(TOKEN), read);
    }

    @Test
    void theTokenAndHookSecretAreStoredSealed() {
        String hookPath = create();

        Object[] row = row("select key_id, token_sealed, hook_secret_sealed, hook_secret_hash, d::text "
                + "from dooray_connection d where service_code = 'CS'");
        String secret = hookPath.substring(HookSecret.PATH_PREFIX.length());
        assertEquals("test-now", row[0]);
        assertNotEquals(TOKEN, row[1]);
        assertNotEquals(secret, row[2]);
        assertEquals(new HookSecret(secret).hash(), row[3]);
        assertFalse(((String) row[4]).contains(TOKEN), "the row holds the plain token");
        assertFalse(((String) row[4]).contains(secret), "the row holds the plain hook secret");
    }

    @Test
    void aNewConnectionNeedsAToken() {
        given().contentType(ContentType.JSON).body(connection(null, "1100")).put(CONNECTION)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("token")).body("errors[0].message", equalTo("is required for a new connection"));
    }

    @Test
    void replacingWithoutATokenKeepsTheStoredOne() {
        create();
        String tokenSetAt = given().get(CONNECTION).then().extract().path("tokenSetAt");
        Map<String, Object> changed = connection(null, "1100", "1600");

        given().contentType(ContentType.JSON).body(changed).put(CONNECTION).then().statusCode(200)
                .body("projects.id", contains("1100", "1600")).body("tokenSetAt", equalTo(tokenSetAt));
        given().get("/api/v1/dooray/services/CS/projects/1600/members").then().statusCode(200)
                .body("items.name", contains("Ada"));
    }

    @Test
    void replacingWithATokenTakesIt() {
        create();
        String tokenSetAt = given().get(CONNECTION).then().extract().path("tokenSetAt");

        given().contentType(ContentType.JSON).body(connection(TOKEN, "1100")).put(CONNECTION).then().statusCode(200)
                .body("tokenSetAt", not(equalTo(tokenSetAt)));
    }

    @Test
    void deletingForgetsTheConnection() {
        create();
        given().delete(CONNECTION).then().statusCode(204);
        given().get(CONNECTION).then().statusCode(404).contentType("application/problem+json");
        given().get(PROJECT + "/members").then().statusCode(404);
    }

    @Test
    void rotatingTheHookSecretChangesItsPath() {
        String before = create();
        String after = given().post(CONNECTION + "/hook-secret").then().statusCode(200)
                .body("tokenSet", equalTo(true)).extract().path("hookPath");

        assertNotEquals(before, after);
        assertEquals(new HookSecret(after.substring(HookSecret.PATH_PREFIX.length())).hash(),
                value("select hook_secret_hash from dooray_connection where service_code = 'CS'"));
        given().get(CONNECTION).then().body("hookPath", equalTo(after));
    }

    // --- who may

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void operatorsReadTheConnectionWithoutTheHookPathAndMayNotChangeIt() {
        stored();

        given().get(CONNECTION).then().statusCode(200).body("organizationId", equalTo("100"))
                .body("hookPath", nullValue()).body("mayAdminister", equalTo(false));
        given().contentType(ContentType.JSON).body(connection(TOKEN, "1100")).put(CONNECTION).then().statusCode(403)
                .contentType("application/problem+json");
        given().delete(CONNECTION).then().statusCode(403);
        given().post(CONNECTION + "/hook-secret").then().statusCode(403);
        given().get(PROJECT + "/members").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void outsidersLearnNothing() {
        stored();

        given().get(CONNECTION).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(connection(TOKEN, "1100")).put(CONNECTION).then().statusCode(404);
        given().delete(CONNECTION).then().statusCode(404);
        given().post(CONNECTION + "/hook-secret").then().statusCode(404);
        given().get(PROJECT + "/members").then().statusCode(404);
        given().get(PROJECT + "/tags").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void orgAdminsAreNotAgents() {
        given().get(CONNECTION).then().statusCode(403);
    }

    // --- checked with Dooray

    @Test
    void anInvalidTokenIsAFieldError() {
        given().contentType(ContentType.JSON).body(connection("no-such-token", "1100")).put(CONNECTION)
                .then().statusCode(400).body("detail", equalTo("Dooray did not accept the connection."))
                .body("errors.field", contains("token")).body("errors[0].message", equalTo("the Dooray token is not valid"));
        given().get(CONNECTION).then().statusCode(404);
    }

    @Test
    void aProjectOfAnotherOrganisationIsAFieldError() {
        given().contentType(ContentType.JSON).body(connection("other-token", "1100")).put(CONNECTION)
                .then().statusCode(400).body("errors.field", contains("projects[0].id"))
                .body("errors[0].message", equalTo("the token's organisation cannot use project 1100"));
    }

    @Test
    void anUnknownProjectIsAFieldErrorNamingIt() {
        given().contentType(ContentType.JSON).body(connection(TOKEN, "1100", "9999")).put(CONNECTION)
                .then().statusCode(400).body("errors.field", contains("projects[1].id"))
                .body("errors[0].message", equalTo("no Dooray project 9999"));
    }

    @Test
    void theProjectsMustBelongToTheOrganisationGiven() {
        Map<String, Object> body = connection(TOKEN, "1100");
        body.put("organizationId", "200");
        given().contentType(ContentType.JSON).body(body).put(CONNECTION).then().statusCode(400)
                .body("errors.field", contains("projects[0].id"))
                .body("errors[0].message", equalTo("project 1100 belongs to Dooray organisation 100, not 200"));
    }

    @Test
    void theRegistrantMustBeAMemberOfTheProject() {
        Map<String, Object> body = connection(TOKEN, "1100");
        body.put("projects", List.of(Map.of("id", "1100", "name", "Acme CS", "registrantMemberId", "2001")));
        given().contentType(ContentType.JSON).body(body).put(CONNECTION).then().statusCode(400)
                .body("errors.field", contains("projects[0].registrantMemberId"));
    }

    @Test
    void fieldsAreCheckedBeforeDoorayIsAsked() {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", "acme", "token", "has spaces",
                "projects", List.of(Map.of("id", "1100", "name", " "), Map.of("id", "1100", "name", "Again")),
                "operators", List.of(Map.of("username", "dave", "organizationMemberId", "x"))));
        given().contentType(ContentType.JSON).body(body).put(CONNECTION).then().statusCode(400)
                .body("errors.field", contains("organizationId", "token", "projects[0].name", "projects[1].id",
                        "operators[0].username", "operators[0].organizationMemberId"))
                .body("errors[4].message", equalTo("is not a member of service CS"));
    }

    @Test
    void unknownMembersAreRefused() {
        Map<String, Object> body = connection(TOKEN, "1100");
        body.put("colour", "blue");
        given().contentType(ContentType.JSON).body(body).put(CONNECTION).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("colour"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void doorayUnreachableWhileSavingIs503() {
        fault(503, 3, "/project/v1/projects/1100", 1);
        given().contentType(ContentType.JSON).body(connection(TOKEN, "1100")).put(CONNECTION).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "1");
        given().get(CONNECTION).then().statusCode(404);
    }

    // --- the escalation dialog's choices

    @Test
    void membersComeFromDooray() {
        create();
        given().get(PROJECT + "/members").then().statusCode(200)
                .body("items.organizationMemberId", contains("1001", "1002")).body("items.name", contains("Ada", "Ben"))
                .body("items.role", contains("admin", "member"));
    }

    @Test
    void tagsComeByGroup() {
        create();
        given().get(PROJECT + "/tags").then().statusCode(200)
                .body("groups.name", contains("Kind", "Area"))
                .body("groups[0].id", equalTo("1200")).body("groups[0].mandatory", equalTo(true))
                .body("groups[0].selectOne", equalTo(true)).body("groups[0].tags.name", contains("Bug", "Request"))
                .body("groups[1].mandatory", equalTo(false)).body("groups[1].tags.id", contains("1301", "1302"))
                .body("ungroupedTags.name", contains("VIP"));
    }

    @Test
    void onlyTheConnectionsProjectsCanBeListed() {
        create();
        given().get("/api/v1/dooray/services/CS/projects/1600/tags").then().statusCode(404)
                .body("detail", equalTo("The Dooray connection of service CS has no project 1600."));
    }

    @Test
    void aStoredTokenDoorayNoLongerAcceptsIs502() {
        create();
        reseal(new TokenCipher(List.of(key("test-now"))), "revoked-token");
        given().get(PROJECT + "/members").then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo("https://switchboard.dev/problems/dooray-token-rejected"));
    }

    // --- retries

    @Test
    void aRateLimitIsWaitedOutAsDoorayAsks() {
        create();
        fault(429, 1, PATH_MEMBERS, 2);

        long started = System.nanoTime();
        given().get(PROJECT + "/members").then().statusCode(200).body("items.name", hasItems("Ada"));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(tookMillis >= 1900, "waited " + tookMillis + " ms for Retry-After: 2");
        given().baseUri(standin()).get("/standin/faults").then().body("result", empty());
    }

    @Test
    void doorayFailingThroughEveryAttemptIs503WithRetryAfter() {
        create();
        fault(503, 3, PATH_MEMBERS, 1);

        long started = System.nanoTime();
        given().get(PROJECT + "/members").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "1").body("type", equalTo("https://switchboard.dev/problems/dooray-unavailable"))
                .body("detail", startsWith("Dooray is unavailable: HTTP 503"));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(tookMillis >= 1900, "3 attempts 1 s apart took only " + tookMillis + " ms");
    }

    @Test
    void aRetryAfterLongerThanWeWaitEndsAtOnceAndIsPassedOn() {
        create();
        fault(429, 1, PATH_MEMBERS, 30);

        long started = System.nanoTime();
        given().get(PROJECT + "/members").then().statusCode(503).header("Retry-After", "30");

        assertTrue((System.nanoTime() - started) / 1_000_000 < 3000, "waited for a Retry-After above the cap");
    }

    // --- key rotation

    @Test
    void secretsSealedUnderAnOlderKeyStillOpenAndTheNextSaveTakesTheCurrentKey() {
        String hookPath = create();
        reseal(new TokenCipher(List.of(key("test-old"))), TOKEN);
        assertEquals("test-old", value("select key_id from dooray_connection where service_code = 'CS'"));

        given().get(PROJECT + "/members").then().statusCode(200);
        given().get(CONNECTION).then().statusCode(200).body("hookPath", equalTo(hookPath));
        given().contentType(ContentType.JSON).body(connection(null, "1100")).put(CONNECTION).then().statusCode(200);

        assertEquals("test-now", value("select key_id from dooray_connection where service_code = 'CS'"));
        given().get(PROJECT + "/members").then().statusCode(200);
        given().get(CONNECTION).then().body("hookPath", equalTo(hookPath));
    }

    // --- helpers

    /** Creates CS's connection to project 1100 with the seed's token; answers the hook path. */
    String create() {
        return given().contentType(ContentType.JSON).body(connection(TOKEN, "1100")).put(CONNECTION)
                .then().statusCode(201).extract().path("hookPath");
    }

    static Map<String, Object> connection(String token, String... projectIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", "100");
        if (token != null) {
            body.put("token", token);
        }
        body.put("projects", Arrays.stream(projectIds).map(id -> Map.of("id", id,
                "name", id.equals("1100") ? "Acme CS" : "Project " + id, "registrantMemberId", "1001")).toList());
        body.put("operators", List.of(Map.of("username", "bob", "organizationMemberId", "1002")));
        return body;
    }

    /** Seals CS's stored token (and its hook secret, unchanged) anew with {@code cipher}, as an older installation did. */
    void reseal(TokenCipher cipher, String token) {
        String hookPath = given().get(CONNECTION).then().statusCode(200).extract().path("hookPath");
        QuarkusTransaction.requiringNew().run(() -> {
            SealedSecrets sealed = cipher.seal("CS", token, new HookSecret(hookPath.substring(HookSecret.PATH_PREFIX.length())));
            entityManager.createNativeQuery("update dooray_connection set key_id = :key, token_sealed = :token, "
                            + "hook_secret_sealed = :hook where service_code = 'CS'")
                    .setParameter("key", sealed.keyId()).setParameter("token", sealed.token())
                    .setParameter("hook", sealed.hookSecret()).executeUpdate();
        });
    }

    /** The {@code id:base64} entry of a key the test profile lists. */
    static String key(String id) {
        return ConfigProvider.getConfig().getValues("switchboard.dooray.token-keys", String.class).stream()
                .filter(entry -> entry.startsWith(id + ":")).findFirst().orElseThrow();
    }

    Object value(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(sql).getSingleResult());
    }

    Object[] row(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(sql).getSingleResult());
    }

    static void fault(int status, int count, String path, int retryAfterSeconds) {
        given().baseUri(standin()).contentType(ContentType.JSON).body(Map.of("status", status, "count", count,
                "path", path, "retryAfterSeconds", retryAfterSeconds)).post("/standin/faults").then().statusCode(200);
    }

    static String standin() {
        return ConfigProvider.getConfig().getValue("switchboard.dooray.base-url", String.class);
    }

    /** CS's connection to project 1100 as alice would have saved it, stored directly (for callers who may not save). */
    void stored() {
        HookSecret hookSecret = HookSecret.generate();
        QuarkusTransaction.requiringNew().run(() -> entityManager.persist(new DoorayConnection("CS",
                new ConnectionSettings("100", List.of(new DoorayProjectSetting("1100", "Acme CS", "1001")), Map.of()),
                new TokenCipher(List.of(key("test-now"))).seal("CS", TOKEN, hookSecret), hookSecret.hash(),
                Instant.now(), "alice")));
    }
}
