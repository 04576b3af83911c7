package io.switchboard.dooray.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tasks live in memory, but the services that escalated to them keep their ids: a stand-in started again must not
 * hand out an id an earlier run gave.
 */
class DoorayIdsTest {

    private static final Member MINJI = new Member("3700000000000000101", "Minji Choi", "admin");
    private static final Seed SEED = new Seed(List.of(new Organization("3700000000000000001", "Demo")),
            List.of(new ApiToken("token", "3700000000000000001", MINJI.organizationMemberId())),
            List.of(new ProjectDefinition("3700000000000001001", "CS", "active", "3700000000000000001", List.of(MINJI),
                    List.of(), List.of(new Workflow("3700000000000003001", "Backlog", WorkflowClass.BACKLOG),
                    new Workflow("3700000000000003002", "To do", WorkflowClass.REGISTERED),
                    new Workflow("3700000000000003003", "In progress", WorkflowClass.WORKING),
                    new Workflow("3700000000000003004", "Done", WorkflowClass.CLOSED)), List.of())));

    @Test
    void aStandinStartedAgainCountsOnPastTheIdsOfTheEarlierRun() {
        Instant start = Instant.parse("2026-12-02T09:00:00Z");
        Dooray earlier = startedAt(start);
        long lastOfEarlierRun = 0;
        for (int i = 0; i < 1_000; i++) {
            lastOfEarlierRun = Long.parseLong(task(earlier).id());
        }
        earlier.reset();
        long afterReset = Long.parseLong(task(earlier).id());
        long afterRestart = Long.parseLong(task(startedAt(start.plusSeconds(1))).id());

        assertTrue(afterReset > lastOfEarlierRun, "a reset reused an id: " + afterReset);
        assertTrue(afterRestart > afterReset, "a restart reused an id: " + afterRestart + " <= " + afterReset);
    }

    private static Dooray startedAt(Instant instant) {
        return new Dooray(SEED, Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static Post task(Dooray dooray) {
        return dooray.createPost(dooray.projectFor(Optional.of("token"), "3700000000000001001"),
                new NewPost("Refund fails", new Body("text/x-markdown", "E42"), List.of(), List.of(), List.of(), Priority.NONE));
    }
}
