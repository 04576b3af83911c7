package io.switchboard.loadtests;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;

import io.gatling.javaapi.core.Simulation;

/**
 * Closed model: {@code bench.connections} clients create tickets through the gateway back to back, each waiting for
 * its 201 (committed) before the next; the throughput is what the system sustains.
 */
public class CreateSaturationSimulation extends Simulation {

    {
        setUp(Creates.scenarioNamed("create saturation")
                .injectClosed(constantConcurrentUsers(Bench.CONNECTIONS).during(Bench.DURATION)))
                .protocols(Protocols.integration());
    }
}
