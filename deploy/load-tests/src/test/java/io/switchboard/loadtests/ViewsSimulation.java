package io.switchboard.loadtests;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.holdFor;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.reachRps;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Closed model: {@code bench.connections} operators (default 8, all {@code bench.operator}, default bob) make the
 * reads of the console back to back against the seeded data set — as fast as the stack answers, or held to
 * {@code bench.views.rate} requests a second in all: the first and the next pages of the "all" and
 * "mine" views, a ticket of the page with its messages, events, attachments, sub-tickets, links and customer
 * history, the customer searches (by e-mail, the customer, their tickets), full-text searches, and the rest of the
 * workspace ({@link #WORKSPACE}). Each query has its own request name, so the report has a p95 per query.
 */
public class ViewsSimulation extends Simulation {

    private static final int OPERATORS = Integer.getInteger("bench.connections", 8);
    private static final int NEXT_PAGES = Integer.getInteger("bench.pages", 3);
    private static final String OPERATOR = System.getProperty("bench.operator", "bob");
    /** Requests per second of all operators together; 0: as fast as the stack answers (saturated). */
    private static final int RATE = Integer.getInteger("bench.views.rate", 0);

    /** A view's first page, remembering its cursor, one of its tickets and that ticket's customer. */
    private static ChainBuilder view(String view) {
        return exec(session -> session.remove("next"))
                .exec(http("tickets view=" + view + " first page").get("/api/v1/tickets")
                        .queryParam("view", view).queryParam("limit", "50")
                        .check(status().is(200), jsonPath("$.next").ofString().optional().saveAs("next"),
                                jsonPath("$.items[*].id").findRandom().optional().saveAs("ticket"),
                                jsonPath("$.items[*].customer.email").findRandom().optional().saveAs("email")))
                .repeat(NEXT_PAGES).on(doIf(ViewsSimulation::hasNext).then(
                        exec(http("tickets view=" + view + " next page").get("/api/v1/tickets")
                                .queryParam("view", view).queryParam("limit", "50").queryParam("cursor", "#{next}")
                                .check(status().is(200), jsonPath("$.next").ofString().optional().saveAs("next")))));
    }

    private static final ChainBuilder TICKET = doIf(session -> session.contains("ticket")).then(
            exec(http("ticket detail").get("/api/v1/tickets/#{ticket}")
                    .check(status().is(200), regex("\"content\":\"[^\"]*?(?<![0-9])([0-9]{7})(?![0-9])")
                            .optional().saveAs("order")))
                    .exec(http("ticket messages").get("/api/v1/tickets/#{ticket}/messages").check(status().is(200)))
                    .exec(http("ticket events").get("/api/v1/tickets/#{ticket}/events").check(status().is(200)))
                    .exec(http("ticket attachments").get("/api/v1/tickets/#{ticket}/attachments").check(status().is(200)))
                    .exec(http("ticket sub-tickets").get("/api/v1/tickets/#{ticket}/sub-tickets").check(status().is(200)))
                    .exec(http("ticket links").get("/api/v1/tickets/#{ticket}/links").check(status().is(200)))
                    .exec(http("customer history").get("/api/v1/tickets/#{ticket}/customer-history")
                            .check(status().is(200))));

    private static final ChainBuilder CUSTOMER = doIf(session -> session.contains("email")).then(
            exec(http("customer by e-mail").get("/api/v1/services/" + Bench.SERVICE + "/customers")
                    .queryParam("email", "#{email}")
                    .check(status().is(200), jsonPath("$[0].id").optional().saveAs("customer")))
                    .doIf(session -> session.contains("customer")).then(
                            exec(http("customer detail").get("/api/v1/services/" + Bench.SERVICE + "/customers/#{customer}")
                                    .check(status().is(200))))
                    .exec(http("customer's tickets by e-mail")
                            .get("/api/v1/services/" + Bench.SERVICE + "/customers/tickets")
                            .queryParam("email", "#{email}").queryParam("limit", "50").check(status().is(200))));

    /**
     * Full-text search in the "all" view: a word in about 30 % of the seeded tickets (first and next page), a
     * Japanese phrase of frequent bigrams, two frequent words that never meet, and the order number of the ticket
     * read last (one ticket).
     */
    private static final ChainBuilder SEARCH = exec(session -> session.remove("next"))
            .exec(search("search q=결제 (frequent) first page", "결제")
                    .check(status().is(200), jsonPath("$.next").ofString().optional().saveAs("next")))
            .doIf(ViewsSimulation::hasNext).then(exec(search("search q=결제 (frequent) next page", "결제")
                    .queryParam("cursor", "#{next}").check(status().is(200))))
            .exec(search("search q=解約したい (phrase)", "解約したい").check(status().is(200)))
            .exec(search("search q=결제 配送 (no ticket has both)", "결제 配送").check(status().is(200)))
            .doIf(session -> session.contains("order")).then(
                    exec(search("search q=<order number> (one ticket)", "#{order}").check(status().is(200))));

    /** A week half a year back: inside the seeder's year of tickets. */
    private static final LocalDate WEEK_FROM = LocalDate.now(ZoneOffset.UTC).minusDays(180);

    /**
     * The rest of the workspace (issue 11): the menu's counts, the inflow board and my status, the first page of
     * every other view and of "all" starred, the other sorts, and the search criteria alone and combined — texts
     * of one or two characters that are frequent and rare, a frequent phrase and a text nobody wrote.
     */
    private static final ChainBuilder WORKSPACE = exec(http("counts").get("/api/v1/tickets/counts")
            .check(status().is(200)))
            .exec(http("inflow board").get("/api/v1/services/" + Bench.SERVICE + "/inflow").check(status().is(200)))
            .exec(http("my status").get("/api/v1/me/status").check(status().is(200)))
            .exec(list("view=my-on-hold", "view", "my-on-hold"))
            .exec(list("view=my-resolved", "view", "my-resolved"))
            .exec(list("view=my-completed", "view", "my-completed"))
            .exec(list("view=unassigned", "view", "unassigned"))
            .exec(list("view=my-groups", "view", "my-groups"))
            .exec(list("view=escalated", "view", "escalated"))
            .exec(list("view=spam", "view", "spam"))
            .exec(list("view=all starred", "view", "all", "starred", "true"))
            .exec(list("sort=updated", "view", "all", "sort", "updated"))
            .exec(list("sort=priority", "view", "all", "sort", "priority"))
            .exec(list("criteria: status=ON_HOLD", "view", "all", "status", "ON_HOLD"))
            .exec(list("criteria: created in a week", "view", "all", "createdFrom", WEEK_FROM.toString(),
                    "createdTo", WEEK_FROM.plusDays(6).toString()))
            .exec(list("criteria: priority+channel+language", "view", "all", "priority", "URGENT", "channel",
                    "PHONE", "language", "ja"))
            .exec(list("criteria: title=환불 (frequent, two characters)", "view", "all", "title", "환불"))
            .exec(list("criteria: title=짱 (rare, one character)", "view", "all", "title", "짱"))
            .exec(list("criteria: title=요청드립니다 (frequent phrase)", "view", "all", "title", "요청드립니다"))
            .exec(list("criteria: title=zzqx (nothing)", "view", "all", "title", "zzqx"))
            .exec(list("criteria: customerName=민지 (frequent)", "view", "all", "customerName", "민지"))
            .exec(list("criteria: customerName=민수 (nobody)", "view", "all", "customerName", "민수"));

    /** A first page of the list with these query parameters (name, value, ...). */
    private static HttpRequestActionBuilder list(String name, String... parameters) {
        HttpRequestActionBuilder request = http("tickets " + name).get("/api/v1/tickets").queryParam("limit", "50");
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.check(status().is(200));
    }

    private static HttpRequestActionBuilder search(String name, String q) {
        return http(name).get("/api/v1/tickets").queryParam("view", "all").queryParam("limit", "50")
                .queryParam("q", q);
    }

    ScenarioBuilder operator = scenario("operator views").forever().on(
            exec(http("me").get("/api/v1/me").check(status().is(200)))
                    .exec(view("all")).exec(TICKET).exec(CUSTOMER)
                    .exec(view("mine")).exec(TICKET).exec(SEARCH).exec(WORKSPACE));

    {
        SetUp run = setUp(operator.injectClosed(constantConcurrentUsers(OPERATORS).during(Bench.DURATION)))
                .maxDuration(Bench.DURATION).protocols(Protocols.as(Bench.operatorToken(OPERATOR)));
        if (RATE > 0) { // the same operators, their requests held to this many a second in all
            run.throttle(reachRps(RATE).in(Duration.ofSeconds(1)), holdFor(Bench.DURATION));
        }
    }

    private static boolean hasNext(Session session) {
        return session.contains("next") && session.getString("next") != null;
    }
}
