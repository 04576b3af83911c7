package io.switchboard.escalation.dooray;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module talks to the Dooray stand-in, so they share one application start. */
@QuarkusTestResource(DoorayStandinResource.class)
public final class DoorayTestInfrastructure {

    private DoorayTestInfrastructure() {
    }
}
