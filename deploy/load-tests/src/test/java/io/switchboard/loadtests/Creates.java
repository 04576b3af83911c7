package io.switchboard.loadtests;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import java.util.concurrent.atomic.AtomicLong;

/** One ticket created through the gateway, answered 201 (committed): the step of both create scenarios. */
final class Creates {

    private Creates() {
    }

    static ScenarioBuilder scenarioNamed(String name) {
        AtomicLong numbers = new AtomicLong();
        return scenario(name).exec(http("create ticket")
                .post("/api/v1/services/" + Bench.SERVICE + "/tickets")
                .body(StringBody(session -> Bench.newTicket(numbers.incrementAndGet())))
                .check(status().is(201)));
    }
}
