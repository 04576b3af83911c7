package io.switchboard.notification;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.switchboard.platform.testing.EmbeddedPostgresResource;
import io.switchboard.platform.testing.InMemoryChannelsResource;

/** Test resources of every @QuarkusTest in this module: real PostgreSQL, in-memory Kafka channels, real SMTP, a stand-in for ticket-service's files and tokens (HTTP receivers: WebhookReceiver). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "ticket-events,routing-decisions,people-events,escalation-events"),
        @ResourceArg(name = "outgoing", value = "outbox")})
@QuarkusTestResource(GreenMailResource.class)
@QuarkusTestResource(TicketServiceStub.class)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
