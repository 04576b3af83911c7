package io.switchboard.loadtests;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;

import io.gatling.javaapi.core.Simulation;

/**
 * Open model: tickets arrive at {@code bench.rate} per second whatever the answers take, as customers do; the
 * latency under that rate is the figure. Its tickets (titles carrying {@code bench.run}) are routed by the demo
 * trigger, which gives created → assigned.
 */
public class CreateRateSimulation extends Simulation {

    {
        setUp(Creates.scenarioNamed("create at a fixed rate")
                .injectOpen(constantUsersPerSec(Bench.RATE).during(Bench.DURATION)))
                .protocols(Protocols.integration());
    }
}
