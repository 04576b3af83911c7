package io.switchboard.ticket;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.switchboard.platform.testing.EmbeddedPostgresResource;
import io.switchboard.platform.testing.InMemoryChannelsResource;

/**
 * Test resources of every @QuarkusTest in this module: real PostgreSQL, in-memory Kafka channels, and
 * notification-service's attachment download.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "routing-decisions,mail-events,escalation-events"),
        @ResourceArg(name = "outgoing", value = "outbox")})
@QuarkusTestResource(MailboxServer.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
