package io.switchboard.ticket.view.api;

import static io.restassured.RestAssured.given;
import static io.switchboard.ticket.view.api.ViewWorld.OTHER;
import static io.switchboard.ticket.view.api.ViewWorld.VIEWER;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.switchboard.ticket.search.application.TicketTextBackfill;
import io.switchboard.ticket.ticket.domain.Priority;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.view.domain.SortOrder;
import io.switchboard.ticket.view.domain.TicketQuery;
import io.switchboard.ticket.view.domain.View;
import io.switchboard.ticket.view.persistence.ContainsMatch;
import io.switchboard.ticket.view.persistence.ServiceScope;
import io.switchboard.ticket.view.persistence.TicketListRepository;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search criteria of PRODUCT.md §3.4, alone and combined; the three sort orders paged through (every ticket
 * exactly once, in PostgreSQL's order, across two services); and bad input as 400 problems naming the parameter.
 */
@QuarkusTest
@TestSecurity(user = VIEWER, roles = "agent")
class ViewCriteriaTest {

    @Inject
    EntityManager entityManager;

    @Inject
    TicketTextBackfill backfill;

    @Inject
    TicketListRepository lists;

    @Test
    void eachCriterionFindsItsTicketsAndCriteriaCombine() {
        ViewWorld w = new ViewWorld("Asia/Seoul");
        UUID parentType = UUID.randomUUID();
        UUID childType = UUID.randomUUID();
        UUID processing = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        ViewWorld.run("insert into inquiry_type (id, service_code, parent_id, names, depth) values ('" + parentType
                + "', '" + w.a + "', null, '{\"en\": \"Billing\"}', 1), ('" + childType + "', '" + w.a + "', '"
                + parentType + "', '{\"en\": \"Refunds\"}', 2)");
        ViewWorld.run("insert into processing_type (id, service_code, names, depth) values ('" + processing + "', '"
                + w.a + "', '{\"en\": \"Answered\"}', 1)");
        ViewWorld.run("insert into customer (id, workspace_code, number, name, email, phone, login_id) values ('"
                + customer + "', '" + w.a + "', 4242, 'Tanaka Hanako', 'hanako@example.jp', '090-1234-5678', 'hanako')");
        ViewWorld.run("insert into field_definition (id, service_code, code, scope, type, names, created_at) values ('"
                + UUID.randomUUID() + "', '" + w.a + "', 'order_no', 'CUSTOMER', 'text', '{\"en\": \"Order\"}', now())");
        ViewWorld.run("insert into field_definition (id, service_code, code, scope, type, names, encrypted, created_at)"
                + " values ('" + UUID.randomUUID() + "', '" + w.a + "', 'card', 'CUSTOMER', 'text', '{\"en\": \"Card\"}',"
                + " true, now())");

        ViewWorld.Ticket june1 = w.ticket(w.a, "UNASSIGNED");
        june1.created = Instant.parse("2025-05-31T15:00:00Z"); // 2025-06-01 00:00 in Seoul
        june1.title = "REFUND request for order 50% off";
        june1.priority = "HIGH";
        june1.channel = "EMAIL";
        june1.inquiryType = childType;
        june1.fields = "{\"order_no\": \"A-1\"}";
        UUID first = june1.insert();
        ViewWorld.Ticket june15 = w.ticket(w.a, "ON_HOLD").to(OTHER, w.notMine);
        june15.created = Instant.parse("2025-06-15T03:00:00Z");
        june15.title = "환불 요청합니다";
        june15.priority = "URGENT";
        june15.channel = "PHONE";
        june15.customer = customer;
        june15.customerName = "Tanaka Hanako";
        june15.email = "Hanako@Example.jp";
        june15.language = "ja";
        june15.processingType = processing;
        UUID second = june15.insert();
        ViewWorld.Ticket july = w.ticket(w.a, "RESOLVED").to(VIEWER, w.mine);
        july.created = Instant.parse("2025-07-01T03:00:00Z");
        july.priority = "LOW";
        july.inquiryType = parentType;
        UUID third = july.insert();
        ViewWorld.Ticket ofB = w.ticket(w.b, "UNASSIGNED");
        ofB.priority = "HIGH";
        ofB.channel = "EMAIL";
        UUID fourth = ofB.insert();

        assertEquals(set(second), found("createdFrom", "2025-06-02", "createdTo", "2025-06-30"));
        // dates are days of each service's time zone: the 1st of June in Seoul began at 15:00 UTC on May 31
        assertEquals(set(first), found("service", w.a, "createdTo", "2025-06-01"));
        assertEquals(set(first), found("service", w.a, "createdTo", "2025-05-31T15:00:00Z"));
        assertEquals(set(second, third), found("service", w.a, "createdFrom", "2025-06-01T00:00:00Z"));
        assertEquals(set(first, second, fourth), found("priority", "HIGH", "priority", "URGENT"));
        assertEquals(set(second), found("number", w.a + "-2"));
        assertEquals(set(second), found("number", w.a.toLowerCase() + "-2"));
        assertEquals(set(), found("number", w.b + "-2"));
        assertEquals(set(first), found("title", "refund"));
        assertEquals(set(first), found("title", "50%"));
        assertEquals(set(), found("title", "5_%"));
        // words of one or two characters (V20's grams), in any script, and the pairs' order counts
        assertEquals(set(second), found("title", "환불"));
        assertEquals(set(second), found("title", "환"));
        assertEquals(set(), found("title", "불환"));
        assertEquals(set(first), found("title", "Re"));
        assertEquals(set(first), found("title", "%"));
        assertEquals(set(second), found("customerName", "ta"));
        assertEquals(set(), found("customerName", "at"));
        assertEquals(set(second), found("customerName", "Tanaka H"));
        assertEquals(set(), found("title", "\"\\{,} "), "array syntax in a word is a word");
        assertEquals(set(third), found("group", w.mine.toString()));
        assertEquals(set(second), found("assignee", OTHER));
        assertEquals(set(second, third), found("status", "ON_HOLD", "status", "RESOLVED"));
        assertEquals(set(first, second, fourth), found("channel", "EMAIL", "channel", "PHONE"));
        assertEquals(set(first, third), found("inquiryType", parentType.toString()));
        assertEquals(set(first), found("inquiryType", childType.toString()));
        assertEquals(set(second), found("processingType", processing.toString()));
        assertEquals(set(second), found("customerNumber", "C-004242"));
        assertEquals(set(second), found("customerNumber", "4242"));
        assertEquals(set(second), found("customerName", "hanako"));
        assertEquals(set(second), found("loginId", "hanako"));
        assertEquals(set(second), found("email", "hanako@example.JP"));
        assertEquals(set(second), found("phone", "090-1234-5678"));
        assertEquals(set(second), found("language", "ja"));
        assertEquals(set(first), found("field.order_no", "A-1"));
        assertEquals(set(fourth), found("service", w.b));
        backfill.indexMissing(); // the tickets were written by SQL, as those from before the full-text index
        assertEquals(set(second), found("q", "환불"));
        assertEquals(set(), found("q", "환불", "status", "UNASSIGNED"));
        assertEquals(set(first, fourth), found("priority", "HIGH", "channel", "EMAIL"));
        assertEquals(set(first), found("priority", "HIGH", "channel", "EMAIL", "service", w.a));
        assertEquals(set(), found("priority", "LOW", "channel", "EMAIL"));

        problem(Map.of("field.card", "4111"), "field.card");
        problem(Map.of("field.nothing_here", "x"), "field.nothing_here");
        problem(Map.of("service", w.c), "service");
    }

    @Test
    void aContainedTextIsFoundAlikeByTheFewIdsAndByCheckingEachWalkedTicket() {
        ViewWorld w = new ViewWorld("UTC");
        ViewWorld.Ticket a = w.ticket(w.a, "UNASSIGNED");
        a.title = "결제 취소 요청";
        UUID first = a.insert();
        ViewWorld.Ticket b = w.ticket(w.a, "UNASSIGNED");
        b.title = "카드 결제 취소가 안 돼요";
        UUID second = b.insert();
        ViewWorld.Ticket c = w.ticket(w.a, "UNASSIGNED");
        c.title = "취소 결제"; // the same pairs but one, in another order
        c.insert();

        List<ContainsMatch> chosen = QuarkusTransaction.requiringNew().call(() -> lists.containing(List.of(w.a),
                titled("결제 취소")));
        assertEquals(List.of(ContainsMatch.Few.class), chosen.stream().map(Object::getClass).toList());
        for (ContainsMatch match : List.of(chosen.get(0),
                new ContainsMatch.Many("t.title", "titleContains", "%결제 취소%"))) {
            assertEquals(Set.of(first, second), QuarkusTransaction.requiringNew().call(() -> lists.page(
                    new ServiceScope(w.a, VIEWER, true, Set.of(), null, null, Map.of()),
                    new TicketQuery(View.ALL, false, SortOrder.CREATED, null, 10, titled("결제 취소")), null,
                    List.of(match), 10)).stream().map(Ticket::id).collect(Collectors.toSet()),
                    match.getClass().getSimpleName());
        }
    }

    @Test
    void thePriorityRankOfTheIndexIsThePrioritysOrder() { // the priority criterion and cursor rely on it
        for (Priority priority : Priority.values()) {
            assertEquals(priority.ordinal(), QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("select ticket_priority_rank(:priority)").setParameter("priority", priority.name())
                    .getSingleResult()).intValue()), priority.name());
        }
    }

    @Test
    void aWalkOfTheViewsFirstTicketsFillsAPageOfAFrequentTextAndGivesUpOnARareOne() {
        ViewWorld w = new ViewWorld("UTC");
        Instant base = Instant.parse("2025-04-01T00:00:00Z");
        List<String> titles = List.of("환불 요청", "결제 오류", "환불 문의", "결제 취소", "결제 확인"); // oldest first
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            ViewWorld.Ticket t = w.ticket(w.a, "UNASSIGNED");
            t.title = titles.get(i);
            t.created = base.plusSeconds(60L * i);
            ids.add(t.insert());
        }
        ServiceScope scope = new ServiceScope(w.a, VIEWER, true, Set.of(), null, null, Map.of());

        // the three newest hold two 결제: a page of two, complete
        assertEquals(new Walk(List.of(ids.get(4), ids.get(3)), true), within(scope, "결제", 2, 3));
        // they hold one 환불 and the view has more tickets: the walk cannot tell the page, but where it ended,
        // and walking on from there finds the rest
        assertEquals(new Walk(List.of(ids.get(2)), false), within(scope, "환불", 3, 3));
        TicketQuery refund = new TicketQuery(View.ALL, false, SortOrder.CREATED, null, 3, titled("환불"));
        List<ContainsMatch> checked = lists.checkedOnEachTicket(refund.criteria());
        List<UUID> walkedOn = QuarkusTransaction.requiringNew().call(() -> {
            TicketListRepository.Walked walked = lists.pageWithin(scope, refund, null, checked, 3, 3);
            assertEquals(ids.get(2), walked.end().id());
            List<UUID> page = new ArrayList<>(walked.found().stream().map(Ticket::id).toList());
            lists.page(scope, refund.from(walked.end(), 2), null, checked, 2).forEach(t -> page.add(t.id()));
            return page;
        });
        assertEquals(List.of(ids.get(2), ids.get(0)), walkedOn);
        // a walk longer than the view saw every ticket: the short page is complete
        assertEquals(new Walk(List.of(ids.get(2), ids.get(0)), true), within(scope, "환불", 3, 10));
        // and nothing found is complete too
        assertEquals(new Walk(List.of(), true), within(scope, "배송", 3, 10));
    }

    private record Walk(List<UUID> found, boolean complete) {
    }

    private Walk within(ServiceScope scope, String title, int limit, int walk) {
        TicketQuery query = new TicketQuery(View.ALL, false, SortOrder.CREATED, null, limit, titled(title));
        TicketListRepository.Walked walked = QuarkusTransaction.requiringNew().call(() -> lists.pageWithin(scope,
                query, null, lists.checkedOnEachTicket(query.criteria()), limit, walk));
        return new Walk(walked.found().stream().map(Ticket::id).toList(), walked.complete());
    }

    @Test
    @TestSecurity(user = "newcomer", roles = "agent")
    void anAgentOfNoServiceSearchingByTextFindsNothing() {
        given().queryParam("title", "환불").queryParam("customerName", "kim").get("/api/v1/tickets").then()
                .statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    private static TicketQuery.Criteria titled(String title) {
        return new TicketQuery.Criteria(null, null, Set.of(), null, title, null, null, Set.of(), Set.of(), null, null,
                null, null, null, null, null, null, Map.of(), null, null);
    }

    @Test
    void everySortPagesThroughEachTicketOnceInPostgresOrder() {
        ViewWorld w = new ViewWorld("UTC");
        List<String> priorities = List.of("LOW", "NORMAL", "HIGH", "URGENT");
        Instant base = Instant.parse("2025-03-01T00:00:00.123456Z");
        for (int i = 0; i < 27; i++) {
            ViewWorld.Ticket t = w.ticket(i % 3 == 0 ? w.b : w.a, i % 2 == 0 ? "UNASSIGNED" : "IN_PROGRESS");
            if (i % 2 == 1) {
                t.to(VIEWER, w.mine);
            }
            t.created = base.plusSeconds(60L * (i % 6));
            t.updated = base.plusSeconds(3600L * ThreadLocalRandom.current().nextInt(4));
            t.priority = priorities.get(ThreadLocalRandom.current().nextInt(4));
            t.insert();
        }
        Map<String, String> orders = Map.of("created", "created_at desc, id desc",
                "updated", "updated_at desc, created_at desc, id desc",
                "priority", "ticket_priority_rank(priority) desc, created_at desc, id desc");
        orders.forEach((sort, order) -> {
            List<String> paged = ViewsTest.pages("all", Map.of("sort", sort), 4, "id");
            assertEquals(inOrder(w, order), paged, "sort=" + sort);
        });
        // a cursor belongs to its sort
        String next = given().queryParam("sort", "updated").queryParam("limit", 2).get("/api/v1/tickets").then()
                .statusCode(200).extract().path("next");
        given().queryParam("sort", "priority").queryParam("cursor", next).get("/api/v1/tickets").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("cursor"));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of(Map.of("limit", "abc"), "limit"),
                Arguments.of(Map.of("limit", "0"), "limit"),
                Arguments.of(Map.of("limit", "201"), "limit"),
                Arguments.of(Map.of("view", "everything"), "view"),
                Arguments.of(Map.of("sort", "oldest"), "sort"),
                Arguments.of(Map.of("starred", "yes"), "starred"),
                Arguments.of(Map.of("createdFrom", "yesterday"), "createdFrom"),
                Arguments.of(Map.of("createdTo", "2025-02-30"), "createdTo"),
                Arguments.of(Map.of("createdFrom", "2025-07-01", "createdTo", "2025-06-01"), "createdFrom"),
                Arguments.of(Map.of("createdFrom", "2025-07-01T00:00:00Z", "createdTo", "2025-06-01T00:00:00Z"),
                        "createdFrom"),
                Arguments.of(Map.of("group", "not-a-uuid"), "group"),
                Arguments.of(Map.of("inquiryType", "42"), "inquiryType"),
                Arguments.of(Map.of("processingType", "x"), "processingType"),
                Arguments.of(Map.of("cursor", "bm90IGEgY3Vyc29y"), "cursor"),
                Arguments.of(Map.of("cursor", "%%%"), "cursor"),
                Arguments.of(Map.of("status", "OPEN"), "status"),
                Arguments.of(Map.of("priority", "BLOCKER"), "priority"),
                Arguments.of(Map.of("channel", "FAX"), "channel"),
                Arguments.of(Map.of("number", "CS-twelve"), "number"),
                Arguments.of(Map.of("customerNumber", "someone"), "customerNumber"),
                Arguments.of(Map.of("colour", "red"), "colour"),
                Arguments.of(Map.of("field.Bad-Code", "x"), "field.Bad-Code"),
                Arguments.of(Map.of("q", "검".repeat(201)), "q"),
                Arguments.of(Map.of("title", "t".repeat(1000)), "title"),
                Arguments.of(Map.of("email", "e".repeat(1000)), "email"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsA400NamingTheParameter(Map<String, String> parameters, String named) {
        problem(parameters, named);
    }

    @Test
    void repeatedSingleParametersAndUnknownCountParametersAreRefused() {
        given().queryParam("view", "all", "spam").get("/api/v1/tickets").then().statusCode(400)
                .body("errors.field", hasItem("view"));
        given().queryParam("starred", "maybe").get("/api/v1/tickets/counts").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("starred"));
        given().queryParam("view", "all").get("/api/v1/tickets/counts").then().statusCode(400)
                .body("errors.field", hasItem("view"));
        given().put("/api/v1/tickets/not-a-uuid/star").then().statusCode(400).contentType("application/problem+json");
        // beyond the request guard's URI limit the answer is 414, still a problem
        given().queryParam("q", "x".repeat(10_000)).get("/api/v1/tickets").then().statusCode(414)
                .contentType("application/problem+json");
    }

    private static void problem(Map<String, String> parameters, String named) {
        given().queryParams(parameters).get("/api/v1/tickets").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(named));
    }

    private List<String> inOrder(ViewWorld w, String order) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object> sorted = entityManager.createNativeQuery("select cast(id as text) from ticket"
                    + " where workspace_code in (:codes) order by " + order).setParameter("codes", List.of(w.a, w.b))
                    .getResultList();
            return sorted.stream().map(Object::toString).toList();
        });
    }

    private static Set<String> found(String... nameValues) {
        var request = given();
        for (int i = 0; i < nameValues.length; i += 2) {
            request.queryParam(nameValues[i], nameValues[i + 1]);
        }
        return new HashSet<>(request.queryParam("limit", 200).get("/api/v1/tickets").then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class));
    }

    private static Set<String> set(UUID... ids) {
        return Stream.of(ids).map(UUID::toString).collect(Collectors.toSet());
    }
}
