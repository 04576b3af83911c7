package io.switchboard.routing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.routing.Fixtures;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TriggerAdminTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    Fixtures fixtures;
    String code;
    UUID group;

    @BeforeEach
    void aServiceWithAGroup() {
        fixtures = new Fixtures(connector, entityManager);
        code = Fixtures.newServiceCode();
        group = UUID.randomUUID();
        fixtures.serviceChanged(code, "sam", "oli");
        fixtures.groupChanged(group, code, new Fixtures.Member("ann", true), new Fixtures.Member("ben", true));
    }

    String triggers() {
        return "/api/v1/routing/services/" + code + "/triggers";
    }

    String definition(String title, boolean enabled, Integer version) {
        return """
                {"title":"%s","description":"d","enabled":%s,%s
                 "conditions":[{"required":true,"target":"TITLE","operator":"CONTAINS","value":"refund"}],
                 "results":{"assign":{"groupId":"%s","mode":"ROUND_ROBIN"},"addTags":["billing"]}}"""
                .formatted(title, enabled, version == null ? "" : "\"version\":" + version + ",", group);
    }

    String create(String title) {
        return given().contentType(ContentType.JSON).body(definition(title, true, null))
                .when().post(triggers()).then().statusCode(201).extract().path("id");
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void everyChangeMakesANewVersionAndKeepsThePreviousOne() {
        var created = given().contentType(ContentType.JSON).body(definition("Billing", true, null))
                .when().post(triggers())
                .then().statusCode(201);
        String id = created.extract().path("id");
        created.header("Location", endsWith(triggers() + "/" + id))
                .body("version", equalTo(1))
                .body("position", equalTo(1))
                .body("conditions[0].target", equalTo("TITLE"))
                .body("results.assign.mode", equalTo("ROUND_ROBIN"));
        given().contentType(ContentType.JSON).body(definition("Billing v2", true, 1))
                .when().put(triggers() + "/" + id)
                .then().statusCode(200).body("version", equalTo(2)).body("title", equalTo("Billing v2"));
        given().contentType(ContentType.JSON).body(definition("Lost update", true, 1))
                .when().put(triggers() + "/" + id)
                .then().statusCode(409).contentType("application/problem+json");
        given().when().get(triggers() + "/" + id + "/versions")
                .then().statusCode(200)
                .body("version", contains(2, 1))
                .body("definition.title", contains("Billing v2", "Billing"))
                .body("changedBy", contains("root", "root"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:8084", "localhost", "LOCALHOST.", "[::1]", "[::ffff:127.0.0.1]",
            "169.254.169.254", "10.1.2.3", "192.168.0.1:6379", "100.64.0.1", "[fd12::1]", "[fe80::1]", "224.0.0.1",
            "0.0.0.0", "198.18.0.1", "192.0.2.1", "metadata.localhost"})
    @TestSecurity(user = "root", roles = "org-admin")
    void callbackAndHookUrlsOnInternalAddressesAreRefusedWhenSaved(String host) {
        given().contentType(ContentType.JSON).body("""
                {"title":"Exfiltrate","conditions":[],"results":{"callback":{"url":"http://%1$s/latest/meta-data"},
                  "doorayHook":{"url":"https://%1$s/hook","text":"hi"}}}""".formatted(host))
                .when().post(triggers())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("results.callback.url", "results.doorayHook.url"))
                .body("errors[0].message", startsWith("must not point at an internal address: "))
                .body("errors[0].message", containsString("refused so that settings cannot reach internal networks"));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void aPublicCallbackAddressIsAccepted() {
        given().contentType(ContentType.JSON).body("""
                {"title":"To the CRM","enabled":false,"conditions":[],"results":{"callback":{"url":"https://93.184.215.14/crm"}}}""")
                .when().post(triggers())
                .then().statusCode(201).body("results.callback.url", equalTo("https://93.184.215.14/crm"));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void invalidDefinitionsAreRefusedWithAnErrorPerRow() {
        given().contentType(ContentType.JSON).body("""
                {"title":"Bad","conditions":[
                  {"required":true,"target":"SHOE_SIZE","operator":"EQUALS","value":"42"},
                  {"required":true,"target":"CHANNEL","operator":"MATCHES","value":"MAIL"},
                  {"required":false,"target":"TITLE","operator":"MATCHES","value":"(unclosed"},
                  {"required":true,"target":"PRIORITY","operator":"EQUALS","value":7}],
                 "results":{"assign":{"groupId":"%s","mode":"OPERATOR","operator":"nobody"},
                  "notify":[{"recipient":"CUSTOMER","messages":{"en":{"subject":"{{ticket.secret}}","body":"b"}}}],
                  "callback":{"url":"ftp://example.com"}}}""".formatted(UUID.randomUUID()))
                .when().post(triggers())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("conditions[0].target", "conditions[1].operator",
                        "conditions[2].value", "conditions[3].value", "results.assign.groupId",
                        "results.notify[0].messages.en.subject", "results.callback.url"));
        given().contentType(ContentType.JSON).body("""
                {"title":"Bad mode","results":{"assign":{"groupId":"%s","mode":"SOMETIMES"}}}""".formatted(group))
                .when().post(triggers())
                .then().statusCode(400).body("errors[0].field", equalTo("results.assign.mode"));
        given().contentType(ContentType.JSON).body("{\"title\":").when().post(triggers())
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get(triggers()).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void aTriggerWithoutConditionsOrWithoutResultsIsRefused() {
        given().contentType(ContentType.JSON).body("{\"title\":\"Everything\"}").when().post(triggers())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("conditions", "results"))
                .body("errors[0].message", equalTo("is required; an empty list matches every ticket"));
        given().contentType(ContentType.JSON).body("{\"title\":\"Nothing\",\"conditions\":[],\"results\":{}}")
                .when().post(triggers())
                .then().statusCode(400).body("errors.field", contains("results"));
        given().contentType(ContentType.JSON).body("""
                {"title":"Every ticket","conditions":[],"results":{"addTags":["all"]}}""")
                .when().post(triggers()).then().statusCode(201).body("enabled", equalTo(true));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void onlyDisabledTriggersCanBeDeletedAndTheirVersionsStay() {
        String id = create("Old rule");
        given().when().delete(triggers() + "/" + id).then().statusCode(409)
                .body("detail", equalTo("Trigger 'Old rule' is enabled: disable it before deleting it."));
        given().contentType(ContentType.JSON).body(definition("Old rule", false, 1))
                .when().put(triggers() + "/" + id).then().statusCode(200).body("enabled", equalTo(false));
        given().when().delete(triggers() + "/" + id).then().statusCode(204);
        given().when().get(triggers() + "/" + id).then().statusCode(404);
        given().when().get(triggers() + "/" + id + "/versions").then().statusCode(200).body("version", contains(2, 1));
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void oneCallReordersAllTriggers() {
        String a = create("A");
        String b = create("B");
        String c = create("C");
        given().contentType(ContentType.JSON).body("{\"triggerIds\":[\"%s\",\"%s\",\"%s\"]}".formatted(c, a, b))
                .when().put(triggers() + "/order")
                .then().statusCode(200).body("title", contains("C", "A", "B")).body("position", contains(1, 2, 3));
        given().when().get(triggers()).then().body("title", contains("C", "A", "B"));
        given().contentType(ContentType.JSON).body("{\"triggerIds\":[\"%s\",\"%s\"]}".formatted(c, a))
                .when().put(triggers() + "/order")
                .then().statusCode(400).body("errors[0].field", equalTo("triggerIds"));
    }

    @Test
    @TestSecurity(user = "sam", roles = "agent")
    void aServiceAdminFromServiceChangedManagesTriggers() {
        create("Admin's rule");
        given().when().get(triggers()).then().statusCode(200).body("title", contains("Admin's rule"));
    }

    @Test
    @TestSecurity(user = "oli", roles = "agent")
    void operatorsOfTheServiceMayNotManageTriggers() {
        given().when().get(triggers()).then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(definition("x", true, null)).when().post(triggers())
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "stranger", roles = "agent")
    void othersDoNotLearnTheServiceExists() {
        given().when().get(triggers()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void triggersNeedAToken() {
        given().when().get(triggers()).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void aDryRunShowsMatchesAndWhereTheyWouldGoWithoutSideEffects() {
        UUID refund = fixtures.ticketCreated(code, "Refund please");
        UUID other = fixtures.ticketCreated(code, "Where is my parcel");
        fixtures.awaitDecision(refund);
        fixtures.awaitDecision(other);
        int published = connector.sink("outbox").received().size();
        String decisions = fixtures.query("select count(*) from routing_decision");

        given().contentType(ContentType.JSON).body("{\"trigger\":" + definition("Draft", true, null) + ",\"last\":10}")
                .when().post(triggers() + "/dry-run")
                .then().statusCode(200)
                .body("version", equalTo(0))
                .body("evaluated", equalTo(2))
                .body("matched", equalTo(1))
                .body("tickets.ticketId", contains(refund.toString(), other.toString()))
                .body("tickets.matched", contains(true, false))
                .body("tickets[0].assignee", equalTo("ann"))
                .body("tickets[0].reason", equalTo("round-robin among 2"))
                .body("tickets[0].changes.addTags", contains("billing"))
                .body("tickets[1].conditions[0].actual", equalTo("Where is my parcel"));

        String saved = create("Saved");
        given().contentType(ContentType.JSON).body("{\"triggerId\":\"" + saved + "\"}")
                .when().post(triggers() + "/dry-run")
                .then().statusCode(200).body("version", equalTo(1)).body("matched", equalTo(1));
        given().contentType(ContentType.JSON).body("{\"last\":0,\"triggerId\":\"" + saved + "\"}")
                .when().post(triggers() + "/dry-run").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{}").when().post(triggers() + "/dry-run").then().statusCode(400);

        assertEquals(published, connector.sink("outbox").received().size(), "nothing published");
        assertEquals(decisions, fixtures.query("select count(*) from routing_decision"), "nothing recorded");
        assertEquals("0", fixtures.query("select count(*) from group_routing_state where group_id = '" + group + "'"),
                "the round-robin position did not move");
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void theReferenceListsEveryTargetWithItsOperators() {
        given().when().get("/api/v1/routing/reference")
                .then().statusCode(200)
                .body("targets.name", hasItems("INQUIRY_TYPE", "CUSTOMER_EMAIL_DOMAIN", "INSIDE_BUSINESS_HOURS"))
                .body("targets.find { it.name == 'INQUIRY_TYPE' }.operators", hasItem("IN_SUBTREE"))
                .body("replacementCodes", hasItem("{{ticket.number}}"));
    }

    @Test
    void theOpenApiDocumentDescribesTheTriggerApiWithExamples() {
        var document = given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/api/v1/routing/services/{serviceCode}/triggers'.post.summary",
                        equalTo("Add a trigger (last in the order, version 1)"))
                .body("paths.'/api/v1/routing/services/{serviceCode}/triggers/dry-run'.post",
                        org.hamcrest.Matchers.notNullValue())
                .extract();
        assertEquals("Billing to Support", document.path("components.schemas.TriggerRequest.examples[0].title"));
    }
}
