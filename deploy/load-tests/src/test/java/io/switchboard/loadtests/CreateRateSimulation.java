package io.switchboard.loadtests;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open model: tickets arrive at {@code bench.rate} per second whatever the answers take, as customers do; the
 * latency under that rate is the figure. Its tickets (titles carrying {@code bench.run}) are routed by the demo
 * trigger, which gives created → assigned.
 */
public class CreateRateSimulation extends Simulation {

    private final AtomicLong numbers = new AtomicLong();

    ScenarioBuilder create = scenario("create at a fixed rate").exec(http("create ticket")
            .post("/api/v1/services/" + Bench.SERVICE + "/tickets")
            .body(StringBody(session -> Bench.newTicket(numbers.incrementAndGet())))
            .check(status().is(201)));

    {
        setUp(create.injectOpen(constantUsersPerSec(Bench.RATE).during(Bench.DURATION)))
                .protocols(Protocols.integration());
    }
}
