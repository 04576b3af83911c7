package io.switchboard.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    static final UUID GROUP = UUID.randomUUID();
    static final Random SEEDED = new Random(42);

    static GroupMember member(String name, int joinedDay, boolean on) {
        return new GroupMember(GROUP, name, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * joinedDay), on);
    }

    @Test
    void roundRobinIsFairOverAHundredTicketsInJoinOrder() {
        List<GroupMember> members = List.of(member("ann", 1, true), member("ben", 2, true), member("cho", 3, true),
                member("dan", 4, true));
        Map<String, Integer> counts = new HashMap<>();
        String last = null;
        List<String> firstFour = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            last = Assignment.choose(AssignMode.ROUND_ROBIN, members, last, SEEDED).assignee().orElseThrow();
            counts.merge(last, 1, Integer::sum);
            if (i < 4) {
                firstFour.add(last);
            }
        }
        assertEquals(List.of("ann", "ben", "cho", "dan"), firstFour);
        assertEquals(Map.of("ann", 25, "ben", 25, "cho", 25, "dan", 25), counts);
    }

    @Test
    void roundRobinSkipsMembersWithAssignmentOffAndWrapsAround() {
        List<GroupMember> members = List.of(member("ann", 1, true), member("ben", 2, false), member("cho", 3, true));
        assertEquals("cho", Assignment.choose(AssignMode.ROUND_ROBIN, members, "ann", SEEDED).assignee().orElseThrow());
        assertEquals("ann", Assignment.choose(AssignMode.ROUND_ROBIN, members, "cho", SEEDED).assignee().orElseThrow());
        assertEquals("cho", Assignment.choose(AssignMode.ROUND_ROBIN, members, "ben", SEEDED).assignee().orElseThrow());
    }

    @Test
    void aLastAssigneeWhoLeftTheGroupRestartsAtTheFirstMember() {
        List<GroupMember> members = List.of(member("ann", 1, true), member("cho", 3, true));
        assertEquals("ann", Assignment.choose(AssignMode.ROUND_ROBIN, members, "gone", SEEDED).assignee().orElseThrow());
    }

    @Test
    void nobodyEligibleLeavesTheTicketUnassignedAndSaysWhy() {
        var choice = Assignment.choose(AssignMode.ROUND_ROBIN, List.of(member("ann", 1, false)), null, SEEDED);
        assertTrue(choice.assignee().isEmpty());
        assertEquals("no member of the group has ticket assignment on", choice.reason());
        assertEquals(List.of(new Candidate("ann", false, "ticket assignment off")), choice.candidates());
        assertEquals("the group has no members",
                Assignment.choose(AssignMode.RANDOM, List.of(), null, SEEDED).reason());
    }

    @Test
    void randomPicksOnlyEligibleMembers() {
        List<GroupMember> members = List.of(member("ann", 1, false), member("ben", 2, true), member("cho", 3, true));
        for (int i = 0; i < 50; i++) {
            String pick = Assignment.choose(AssignMode.RANDOM, members, null, SEEDED).assignee().orElseThrow();
            assertTrue(pick.equals("ben") || pick.equals("cho"), pick);
        }
    }
}
