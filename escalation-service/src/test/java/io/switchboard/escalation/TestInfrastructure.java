package io.switchboard.escalation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.switchboard.platform.testing.EmbeddedPostgresResource;
import io.switchboard.platform.testing.InMemoryChannelsResource;

/** Test resources of every @QuarkusTest in this module: real PostgreSQL, in-memory Kafka channels. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {@ResourceArg(name = "incoming", value = "ticket-events,people-events"),
        @ResourceArg(name = "outgoing", value = "outbox")})
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
