package io.switchboard.ticket.ticket.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.Db.count;
import static io.switchboard.ticket.Db.rows;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.switchboard.platform.testing.EventContract;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Operators open tickets themselves (PRODUCT.md §3.4 "Create ticket"): straight into a group or to an operator,
 * by phone without an e-mail address, with an inquiry type and its customer fields. Besides the demo data, CS gets
 * a group Billing with zoe (takes tickets), yuki (assignment off) and noel (no forward permission).
 */
@QuarkusTest
class OperatorCreateTicketTest {

    static final String BILLING = SubTicketTest.BILLING;
    static final String DEVELOPERS = SubTicketTest.DEVELOPERS;
    static final String REFUND = "d0000000-0000-4000-8000-000000000002";

    @Inject
    @Any
    InMemoryConnector connector;

    @BeforeEach
    void billingGroup() {
        SubTicketTest.insertBillingGroup();
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            em.createNativeQuery("""
                    insert into operator (username, display_name, email) values ('noel', 'Noel Han', 'noel@example.com')
                    on conflict do nothing""").executeUpdate();
            em.createNativeQuery("""
                    insert into membership (id, workspace_code, username, role, may_forward, assignment_enabled)
                    values ('b0000000-0000-4000-8000-0000000000b3', 'CS', 'noel', 'OPERATOR', FALSE, TRUE)
                    on conflict do nothing""").executeUpdate();
            em.createNativeQuery("""
                    insert into group_member (id, group_id, username, joined_at)
                    values ('c0000000-0000-4000-8000-0000000000b3', 'a0000000-0000-4000-8000-0000000000b1', 'noel', now())
                    on conflict do nothing""").executeUpdate();
        });
    }

    // --- group and assignee

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anOperatorCreatesATicketAssignedAtOnceThatRoutingLeavesAlone() {
        String id = created(create("""
                {"title": "Phone: refund", "content": "Called about a double charge.",
                 "customer": {"email": "kim@example.com"}, "groupId": "%s", "assignee": "zoe"}""".formatted(BILLING))
                .then().statusCode(201)
                .body("status", equalTo("IN_PROGRESS")).body("group.name", equalTo("Billing"))
                .body("assignee.username", equalTo("zoe")).body("createdBy", equalTo("bob"))
                .body("channel", equalTo("MANUAL")));
        given().when().get("/api/v1/tickets/" + id + "/events").then().statusCode(200)
                .body("summary", hasItem("Assigned to Zoe Lee (Billing) by bob — chosen on creation"));

        List<JsonNode> published = published(id);
        assertEquals(List.of("TicketCreated", "TicketStatusChanged", "TicketAssigned"),
                published.stream().map(e -> e.path("type").asText()).toList());
        JsonNode created = published.get(0).path("data");
        assertEquals("bob", created.path("placedBy").asText(), "routing-service routes no ticket with placedBy");
        assertEquals(BILLING, created.path("groupId").asText());
        assertEquals("zoe", published.get(2).path("data").path("assignee").path("username").asText());
        assertEquals("OPERATOR", published.get(2).path("data").path("assignedBy").path("kind").asText());
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void withAGroupOnlyTheTicketWaitsInThatGroupsQueue() {
        String id = created(create("""
                {"title": "For billing", "content": "Please check.", "customer": {"email": "kim@example.com"},
                 "groupId": "%s"}""".formatted(BILLING))
                .then().statusCode(201)
                .body("status", equalTo("UNASSIGNED")).body("group.name", equalTo("Billing"))
                .body("assignee", nullValue()));
        List<JsonNode> published = published(id);
        assertEquals(List.of("TicketCreated"), published.stream().map(e -> e.path("type").asText()).toList());
        assertEquals("bob", published.get(0).path("data").path("placedBy").asText());
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void withoutAGroupRoutingDecidesAsBefore() {
        String id = created(create("""
                {"title": "Anything", "content": "c", "customer": {"email": "kim@example.com"}}""")
                .then().statusCode(201).body("status", equalTo("UNASSIGNED")).body("group", nullValue()));
        JsonNode created = published(id).get(0).path("data");
        assertTrue(created.path("placedBy").isNull());
        assertTrue(created.path("groupId").isNull());
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void ineligibleGroupsAndAssigneesAreNamedAndNothingIsWritten() {
        long before = rows("ticket");
        long outboxBefore = rows("outbox_event");
        placed(BILLING, "\"carol\"").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("assignee"))
                .body("errors[0].message", equalTo("carol is not in group Billing"));
        placed(BILLING, "\"yuki\"").then().statusCode(400)
                .body("errors[0].field", equalTo("assignee"))
                .body("errors[0].message", equalTo("yuki has ticket assignment turned off"));
        placed(DEVELOPERS, "null").then().statusCode(400)
                .body("errors[0].field", equalTo("groupId")).body("errors[0].message", equalTo("is not a group of CS"));
        given().contentType(ContentType.JSON).body("""
                        {"title": "t", "content": "c", "customer": {"email": "kim@example.com"}, "assignee": "zoe"}""")
                .when().post("/api/v1/services/CS/tickets").then().statusCode(400)
                .body("errors[0].field", equalTo("groupId"))
                .body("errors[0].message", equalTo("is required with an assignee"));
        assertEquals(before, rows("ticket"));
        assertEquals(outboxBefore, rows("outbox_event"));
    }

    @Test
    @TestSecurity(user = "noel", roles = "agent")
    void withoutTheForwardPermissionAnOperatorCannotChooseTheGroup() {
        placed(BILLING, "\"zoe\"").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("forward permission"));
        // the console learns it from /me and offers no group or assignee to noel
        given().get("/api/v1/me").then().statusCode(200)
                .body("services.find { it.code == 'CS' }.mayPlaceNewTickets", equalTo(false));
        create("""
                {"title": "t", "content": "c", "customer": {"email": "kim@example.com"}}""").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "alice", roles = "agent")
    void anAdminChoosesAGroupAndAssigneeWhateverTheirOwnPermissions() {
        given().get("/api/v1/me").then().statusCode(200)
                .body("services.find { it.code == 'CS' }.mayPlaceNewTickets", equalTo(true));
        placed(BILLING, "\"zoe\"").then().statusCode(201).body("assignee.username", equalTo("zoe"));
    }

    @Test
    @TestSecurity(user = "demo-integration", roles = "integration")
    void integrationsLeaveTheGroupToRouting() {
        placed(BILLING, "null").then().statusCode(403);
    }

    // --- channels and customers

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aPhoneTicketNeedsOnlyThePhoneNumberAndFindsTheCustomerByIt() {
        String phone = "+82 10-5555-" + (1000 + (int) (Math.random() * 8999));
        String first = created(create("""
                {"title": "Called", "content": "Wants a refund.", "channel": "PHONE",
                 "customer": {"phone": "%s", "name": "Lee"}}""".formatted(phone))
                .then().statusCode(201).body("channel", equalTo("PHONE"))
                .body("customer.email", nullValue()).body("customer.phone", equalTo(phone))
                .body("customer.name", equalTo("Lee")));
        String second = created(create("""
                {"title": "Called again", "content": "Still waiting.", "channel": "PHONE",
                 "customer": {"phone": "%s", "email": ""}}""".formatted(phone)).then().statusCode(201));
        assertEquals(1, count("select count(distinct customer_id) from ticket where id in ('" + first + "', '"
                + second + "')"));
        assertEquals(0, count("select count(*) from ticket where customer_id is null and id = '" + first + "'"));
        JsonNode createdEvent = published(first).get(0).path("data");
        assertTrue(createdEvent.path("customer").path("email").isNull());

        // the caller writes again through the API: the message is theirs by number, not "customer:null"
        given().contentType(ContentType.JSON).body("{\"body\": \"Any news?\"}")
                .when().post("/api/v1/tickets/" + first + "/re-inquiry").then().statusCode(200);
        assertEquals(1, count("select count(*) from ticket_message where ticket_id = '" + first
                + "' and type = 'CUSTOMER_REINQUIRY' and author = 'customer:" + phone + "'"));
    }

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void aPhoneTicketWithoutAPhoneNumberAndAManualOneWithoutEmailAreRefused() {
        long before = rows("ticket");
        create("""
                {"title": "t", "content": "c", "channel": "PHONE", "customer": {"email": "kim@example.com"}}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("customer.phone"))
                .body("errors[0].message", equalTo("is required on PHONE tickets"));
        create("""
                {"title": "t", "content": "c", "channel": "MANUAL", "customer": {"phone": "010-1234-5678"}}""")
                .then().statusCode(400).body("errors[0].field", equalTo("customer.email"))
                .body("errors[0].message", equalTo("is required unless the channel is PHONE"));
        create("""
                {"title": "t", "content": "c", "customer": {"name": "Nobody"}}""")
                .then().statusCode(400).body("errors[0].field", equalTo("customer.email"));
        // a "number" without a digit is no contact at all: a 400, not a ticket nobody can reach (nor a 500)
        create("""
                {"title": "t", "content": "c", "channel": "PHONE", "customer": {"phone": "()-"}}""")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("customer.phone"))
                .body("errors[0].message", containsString("phone number of 4 to 30 characters"));
        assertEquals(before, rows("ticket"));
    }

    // --- inquiry type and its customer fields

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void anInquiryTypesRequiredCustomerFieldIsEnforcedForOperatorsAndStored() {
        create("""
                {"title": "t", "content": "c", "customer": {"email": "kim@example.com"}, "inquiryTypeId": "%s"}"""
                .formatted(REFUND))
                .then().statusCode(400).body("errors[0].field", equalTo("fields.order_no"))
                .body("errors[0].message", equalTo("is required"));
        String id = created(create("""
                {"title": "t", "content": "c", "customer": {"email": "kim@example.com"}, "inquiryTypeId": "%s",
                 "fields": {"order_no": "A-77"}, "groupId": "%s"}""".formatted(REFUND, BILLING))
                .then().statusCode(201).body("inquiryTypeId", equalTo(REFUND)).body("fields.order_no", equalTo("A-77")));
        given().when().get("/api/v1/tickets/" + id).then().body("fields.order_no", equalTo("A-77"));
    }

    // --- strict request JSON

    @Test
    @TestSecurity(user = "bob", roles = "agent")
    void unknownAndWronglyTypedMembersAreNamed() {
        create("""
                {"title": "t", "content": "c", "customer": {"email": "kim@example.com"}, "groupId": "%s",
                 "assignee": 5}""".formatted(BILLING))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("assignee"));
        create("""
                {"title": "t", "content": "c", "customer": {"email": "kim@example.com"}, "grup": "%s"}"""
                .formatted(BILLING))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("grup"));
        create("""
                {"title": "t", "content": "c", "customer": {"email": "kim@example.com"}, "groupId": "billing"}""")
                .then().statusCode(400).body("errors[0].field", equalTo("groupId"));
    }

    static Response create(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/services/CS/tickets");
    }

    static Response placed(String group, String assignee) {
        return create("""
                {"title": "t", "content": "c", "customer": {"email": "kim@example.com"}, "groupId": "%s",
                 "assignee": %s}""".formatted(group, assignee));
    }

    static String created(io.restassured.response.ValidatableResponse response) {
        return response.extract().path("id");
    }

    List<JsonNode> published(String ticketId) {
        await().until(() -> count("select count(*) from outbox_event where aggregate_id = '" + ticketId + "'") == 0);
        return connector.sink("outbox").received().stream().map(m -> (String) m.getPayload())
                .filter(p -> p.contains("\"subject\":\"" + ticketId + "\""))
                .map(EventContract::assertValid).toList();
    }
}
