package io.switchboard.ticket.people.api;

import static io.switchboard.ticket.Db.count;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.people.application.MemberChange;
import io.switchboard.ticket.people.application.PeopleAdmin;
import io.switchboard.ticket.people.domain.Membership;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupAndMemberApiTest {

    static final String SUPPORT = "a0000000-0000-4000-8000-000000000001";
    static final Caller ROOT = new Caller("root", "Root", null, Set.of(Caller.ORG_ADMIN));

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    @Inject
    PeopleAdmin admin;

    // --- groups

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aServiceAdminCreatesRenamesAndDeletesAGroup() {
        String name = unique("Billing");
        String id = given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .when().post("/api/v1/services/CS/groups")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/services/CS/groups/"))
                .body("name", equalTo(name)).body("members", org.hamcrest.Matchers.empty())
                .extract().path("id");
        given().contentType(ContentType.JSON).body("{\"name\": \"" + name + " 2\"}")
                .when().put("/api/v1/services/CS/groups/" + id)
                .then().statusCode(200).body("name", equalTo(name + " 2"));
        given().when().get("/api/v1/services/CS/groups").then().statusCode(200).body("name", hasItem(name + " 2"));
        given().when().delete("/api/v1/services/CS/groups/" + id).then().statusCode(204);
        given().when().delete("/api/v1/services/CS/groups/" + id).then().statusCode(404);
        given().when().get("/api/v1/services/CS/groups").then().body("name", not(hasItem(name + " 2")));

        JsonNode deleted = await().until(() -> published(id), list -> list.size() == 3).get(2);
        assertTrue(deleted.path("data").path("deleted").asBoolean());
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void publishedMembersCarryTheirNameAndEmailForNotifications() {
        int before = published(SUPPORT).size();
        given().contentType(ContentType.JSON).body("{\"name\": \"Support\"}")
                .when().put("/api/v1/services/CS/groups/" + SUPPORT).then().statusCode(200);
        JsonNode event = await().until(() -> published(SUPPORT), list -> list.size() > before).get(before);
        JsonNode bob = event.path("data").path("members").get(0);
        assertEquals("bob", bob.path("username").asText());
        assertEquals("Bob Kim", bob.path("displayName").asText());
        assertEquals("bob@example.com", bob.path("email").asText());
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aGroupNameIsUniqueInItsService() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Support\"}")
                .when().post("/api/v1/services/CS/groups")
                .then().statusCode(409).contentType("application/problem+json").body("type", endsWith("/conflict"));
        String other = createGroup("CS", unique("Other"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Support\"}")
                .when().put("/api/v1/services/CS/groups/" + other).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void tenSimultaneousCreatesOfTheSameGroupMakeOneAndNineConflicts() throws Exception {
        String name = unique("Rush");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            java.util.List<java.util.concurrent.Callable<Integer>> creates = java.util.Collections.nCopies(10, () ->
                    given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                            .when().post("/api/v1/services/CS/groups").statusCode());
            java.util.List<Integer> codes = new java.util.ArrayList<>();
            for (var code : pool.invokeAll(creates)) {
                codes.add(code.get());
            }
            org.junit.jupiter.api.Assertions.assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes.toString());
            org.junit.jupiter.api.Assertions.assertEquals(9, codes.stream().filter(c -> c == 409).count(), codes.toString());
        } finally {
            pool.shutdown();
        }
        org.junit.jupiter.api.Assertions.assertEquals(1L,
                count("select count(*) from operator_group where name = '" + name + "'"));
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aGroupWithMembersCannotBeDeletedAndNothingIsPublished() {
        long outbox = count("select count(*) from outbox_event");
        int published = published(SUPPORT).size();
        given().when().delete("/api/v1/services/CS/groups/" + SUPPORT)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("member"));
        given().when().get("/api/v1/services/CS/groups").then().body("id", hasItem(SUPPORT));
        assertTrue(count("select count(*) from outbox_event") <= outbox);
        assertEquals(published, published(SUPPORT).size());
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void groupNamesAreValidatedAndUnknownGroupsAre404() {
        given().contentType(ContentType.JSON).body("{\"name\": \"\"}")
                .when().post("/api/v1/services/CS/groups")
                .then().statusCode(400).body("errors.field", contains("name"));
        given().contentType(ContentType.JSON).body("{\"name\": \"" + "x".repeat(101) + "\"}")
                .when().post("/api/v1/services/CS/groups")
                .then().statusCode(400).body("errors.field", contains("name"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Anything\"}")
                .when().put("/api/v1/services/CS/groups/" + UUID.randomUUID()).then().statusCode(404);
        // a group of another service is unknown here
        given().when().delete("/api/v1/services/CS/groups/a0000000-0000-4000-8000-000000000002")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anOperatorReadsGroupsAndMembersButChangesNothing() {
        given().when().get("/api/v1/services/CS/groups").then().statusCode(200)
                .body("find { it.name == 'Support' }.members.username", contains("bob", "carol"));
        given().when().get("/api/v1/services/CS/members").then().statusCode(200)
                .body("username", hasItem("alice"))
                .body("find { it.username == 'alice' }.role", equalTo("ADMIN"));
        given().when().get("/api/v1/services/CS/members/carol").then().statusCode(200)
                .body("groups.name", contains("Support"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Mine\"}")
                .when().post("/api/v1/services/CS/groups").then().statusCode(403).contentType("application/problem+json");
        given().when().delete("/api/v1/services/CS/groups/" + SUPPORT).then().statusCode(403);
        given().contentType(ContentType.JSON).body(member("bob", "ADMIN", SUPPORT))
                .when().put("/api/v1/services/CS/members/bob").then().statusCode(403);
        given().when().delete("/api/v1/services/CS/members/carol").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void anOperatorOfAnotherServiceGets404ForEverythingOfIt() {
        given().when().get("/api/v1/services/CS/groups").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"name\": \"Mine\"}")
                .when().post("/api/v1/services/CS/groups").then().statusCode(404);
        given().contentType(ContentType.JSON).body("{\"name\": \"Mine\"}")
                .when().put("/api/v1/services/CS/groups/" + SUPPORT).then().statusCode(404);
        given().when().delete("/api/v1/services/CS/groups/" + SUPPORT).then().statusCode(404);
        given().when().get("/api/v1/services/CS/members").then().statusCode(404);
        given().when().get("/api/v1/services/CS/members/bob").then().statusCode(404);
        given().contentType(ContentType.JSON).body(member("dave", "ADMIN", SUPPORT))
                .when().post("/api/v1/services/CS/members").then().statusCode(404);
        given().contentType(ContentType.JSON).body(member("bob", "ADMIN", SUPPORT))
                .when().put("/api/v1/services/CS/members/bob").then().statusCode(404);
        given().when().delete("/api/v1/services/CS/members/bob").then().statusCode(404);
        given().when().get("/api/v1/services/NOPE/groups").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "root", roles = "org-admin")
    void anOrgAdminManagesEveryService() {
        String group = createGroup("DEV", unique("Backend"));
        given().contentType(ContentType.JSON).body(member("dave", "OPERATOR", group))
                .when().post("/api/v1/services/DEV/members").then().statusCode(409);
        String user = unique("dev").toLowerCase();
        given().contentType(ContentType.JSON).body(member(user, "ADMIN", group))
                .when().post("/api/v1/services/DEV/members").then().statusCode(201);
        given().when().get("/api/v1/services/DEV/groups").then().statusCode(200)
                .body("find { it.id == '" + group + "' }.members.username", contains(user));
    }

    @Test
    void withoutATokenGroupsAndMembersAre401() {
        given().when().get("/api/v1/services/CS/groups").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                .when().post("/api/v1/services/CS/groups").then().statusCode(401);
        given().when().get("/api/v1/services/CS/members").then().statusCode(401);
        given().when().delete("/api/v1/services/CS/members/bob").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"enabled\": false}")
                .when().put("/api/v1/me/services/CS/assignment").then().statusCode(401);
    }

    // --- memberships

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void aServiceAdminAddsChangesAndRemovesAMemberAndEachChangeIsPublished() {
        String first = createGroup("CS", unique("First"));
        String second = createGroup("CS", unique("Second"));
        String user = unique("newbie").toLowerCase();

        given().contentType(ContentType.JSON).body(member(user, "OPERATOR", first))
                .when().post("/api/v1/services/CS/members")
                .then().statusCode(201).header("Location", endsWith("/api/v1/services/CS/members/" + user))
                .body("role", equalTo("OPERATOR")).body("groups.name", hasItem(org.hamcrest.Matchers.startsWith("First")))
                .body("mayForward", equalTo(true)).body("assignmentEnabled", equalTo(true))
                .body("mayChangeOwnAssignment", equalTo(false));
        assertEquals(1L, count("select count(*) from operator where username = '" + user + "'"));
        given().contentType(ContentType.JSON).body(member(user, "OPERATOR", first))
                .when().post("/api/v1/services/CS/members").then().statusCode(409);

        JsonNode added = await().until(() -> published(first), list -> list.size() == 2).get(1);
        EventContract.assertValid(added.toString());
        JsonNode members = added.path("data").path("members");
        assertEquals(1, members.size());
        assertEquals(user, members.get(0).path("username").asText());
        assertTrue(members.get(0).path("assignmentEnabled").asBoolean());
        assertEquals(user, members.get(0).path("displayName").asText()); // never signed in: the user name
        assertTrue(members.get(0).path("email").isNull());
        assertEquals("CS", added.path("data").path("serviceCode").asText());
        assertEquals(first, added.path("subject").asText());

        given().contentType(ContentType.JSON)
                .body("""
                        {"role": "ADMIN", "groups": ["%s"], "mayForward": false, "assignmentEnabled": false,
                         "mayChangeOwnAssignment": true}""".formatted(second))
                .when().put("/api/v1/services/CS/members/" + user)
                .then().statusCode(200).body("role", equalTo("ADMIN")).body("groups.id", contains(second))
                .body("assignmentEnabled", equalTo(false)).body("mayChangeOwnAssignment", equalTo(true));
        JsonNode left = await().until(() -> published(first), list -> list.size() == 3).get(2);
        assertEquals(0, left.path("data").path("members").size());
        JsonNode joined = await().until(() -> published(second), list -> list.size() == 2).get(1);
        assertFalse(joined.path("data").path("members").get(0).path("assignmentEnabled").asBoolean());

        given().when().delete("/api/v1/services/CS/members/" + user).then().statusCode(204);
        given().when().get("/api/v1/services/CS/members/" + user).then().statusCode(404);
        given().when().delete("/api/v1/services/CS/members/" + user).then().statusCode(404);
        JsonNode removed = await().until(() -> published(second), list -> list.size() == 3).get(2);
        assertEquals(0, removed.path("data").path("members").size());
        given().when().delete("/api/v1/services/CS/groups/" + second).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void invalidMembershipsNameTheirFieldsAndWriteNothing() {
        String ghost = unique("ghost").toLowerCase();
        given().contentType(ContentType.JSON).body("{\"username\": \"no spaces!\", \"groups\": []}")
                .when().post("/api/v1/services/CS/members")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("groups", "role", "username"));
        given().contentType(ContentType.JSON).body(member(ghost, "OPERATOR", UUID.randomUUID().toString()))
                .when().post("/api/v1/services/CS/members")
                .then().statusCode(400).body("errors.field", contains("groups"));
        given().contentType(ContentType.JSON)
                .body(member(ghost, "OPERATOR", "a0000000-0000-4000-8000-000000000002"))
                .when().post("/api/v1/services/CS/members")
                .then().statusCode(400).body("errors.field", contains("groups"));
        given().contentType(ContentType.JSON).body("{\"role\": \"OPERATOR\", \"groups\": [\"" + SUPPORT + "\"]}")
                .when().post("/api/v1/services/CS/members")
                .then().statusCode(400).body("errors.field", contains("username"));
        given().contentType(ContentType.JSON).body(member(ghost, "OWNER", SUPPORT))
                .when().post("/api/v1/services/CS/members")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
        assertEquals(0L, count("select count(*) from operator where username = '" + ghost + "'"));
        given().contentType(ContentType.JSON).body(member(ghost, "OPERATOR", SUPPORT))
                .when().put("/api/v1/services/CS/members/" + ghost).then().statusCode(404);
    }

    // --- the operator's own assignment toggle

    @Test
    @TestSecurity(user = "tess", roles = "agent")
    void anOperatorAllowedToChangeTheirToggleDoesSo() {
        String group = ensureMember("tess", true);
        given().contentType(ContentType.JSON).body("{\"enabled\": false}")
                .when().put("/api/v1/me/services/CS/assignment")
                .then().statusCode(200).body("assignmentEnabled", equalTo(false)).body("username", equalTo("tess"));
        List<JsonNode> events = await().until(() -> published(group), list -> list.stream()
                .anyMatch(GroupAndMemberApiTest::tessIsOff));
        EventContract.assertValid(events.stream().filter(GroupAndMemberApiTest::tessIsOff).findFirst().orElseThrow()
                .toString());
        given().contentType(ContentType.JSON).body("{\"enabled\": true}")
                .when().put("/api/v1/me/services/CS/assignment")
                .then().statusCode(200).body("assignmentEnabled", equalTo(true));
        given().contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/me/services/CS/assignment")
                .then().statusCode(400).body("errors.field", contains("enabled"));
    }

    @Test
    @TestSecurity(user = "uma", roles = "agent")
    void anOperatorNotAllowedToChangeTheirToggleIsRefused() {
        ensureMember("uma", false);
        given().contentType(ContentType.JSON).body("{\"enabled\": false}")
                .when().put("/api/v1/me/services/CS/assignment")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/services/CS/members/uma").then().body("assignmentEnabled", equalTo(true));
    }

    @Test
    @TestSecurity(user = "dave", roles = "agent")
    void theToggleOfAServiceIAmNotInIs404() {
        given().contentType(ContentType.JSON).body("{\"enabled\": false}")
                .when().put("/api/v1/me/services/CS/assignment").then().statusCode(404);
    }

    // --- helpers

    private static boolean tessIsOff(JsonNode event) {
        JsonNode members = event.path("data").path("members");
        return members.size() == 1 && "tess".equals(members.get(0).path("username").asText())
                && !members.get(0).path("assignmentEnabled").asBoolean();
    }

    static String unique(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    static String member(String username, String role, String group) {
        return """
                {"username": "%s", "role": "%s", "groups": ["%s"], "mayForward": true}"""
                .formatted(username, role, group);
    }

    static String createGroup(String service, String name) {
        return given().contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .when().post("/api/v1/services/" + service + "/groups")
                .then().statusCode(201).extract().path("id");
    }

    /** Makes the user an OPERATOR of CS in a group of their own (once per Quarkus boot); returns the group id. */
    String ensureMember(String username, boolean mayChangeOwn) {
        return admin.members(ROOT, "CS").stream().filter(m -> m.operator().username().equals(username))
                .findFirst().map(m -> m.groups().get(0).id().toString())
                .orElseGet(() -> {
                    UUID group = admin.createGroup(ROOT, "CS", unique(username)).group().id();
                    admin.addMember(ROOT, "CS", new MemberChange(username,
                            new Membership.Permissions(Membership.Role.OPERATOR, false, true, mayChangeOwn),
                            Set.of(group)));
                    return group.toString();
                });
    }

    /** Every GroupMembershipChanged published for a group so far, contract-checked and keyed by the group id. */
    List<JsonNode> published(String groupId) {
        return connector.sink("outbox").received().stream()
                .filter(m -> groupId.equals(key(m)))
                .map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"type\":\"GroupMembershipChanged\""))
                .map(EventContract::assertValid).toList();
    }

    private static Object key(Message<?> message) {
        return message.getMetadata(OutgoingKafkaRecordMetadata.class).map(OutgoingKafkaRecordMetadata::getKey)
                .orElse(null);
    }

}
