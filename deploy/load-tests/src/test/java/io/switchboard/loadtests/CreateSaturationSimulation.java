package io.switchboard.loadtests;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed model: {@code bench.connections} clients create tickets through the gateway back to back, each waiting for
 * its 201 (committed) before the next; the throughput is what the system sustains.
 */
public class CreateSaturationSimulation extends Simulation {

    private final AtomicLong numbers = new AtomicLong();

    ScenarioBuilder create = scenario("create saturation").exec(http("create ticket")
            .post("/api/v1/services/" + Bench.SERVICE + "/tickets")
            .body(StringBody(session -> Bench.newTicket(numbers.incrementAndGet())))
            .check(status().is(201)));

    {
        setUp(create.injectClosed(constantConcurrentUsers(Bench.CONNECTIONS).during(Bench.DURATION)))
                .protocols(Protocols.integration());
    }
}
