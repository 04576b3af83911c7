package io.switchboard.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    static final UUID GROUP = UUID.randomUUID();
    static final Random SEEDED = new Random(42);
    static final Results.Assign ROUND_ROBIN = new Results.Assign(GROUP, AssignMode.ROUND_ROBIN, null, null);
    static final Results.Assign RANDOM = new Results.Assign(GROUP, AssignMode.RANDOM, null, null);

    static GroupMember member(String name, int joinedDay, boolean on) {
        return new GroupMember(GROUP, name, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * joinedDay), on,
                null, name + "@example.com");
    }

    static Assignment.Choice choose(Results.Assign spec, List<GroupMember> members, String last) {
        return Assignment.choose(spec, members, last, Map.of(), SEEDED);
    }

    @Test
    void roundRobinIsFairOverAHundredTicketsInJoinOrder() {
        List<GroupMember> members = List.of(member("ann", 1, true), member("ben", 2, true), member("cho", 3, true),
                member("dan", 4, true));
        Map<String, Integer> counts = new HashMap<>();
        String last = null;
        List<String> firstFour = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            last = choose(ROUND_ROBIN, members, last).assignee().orElseThrow();
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
        assertEquals("cho", choose(ROUND_ROBIN, members, "ann").assignee().orElseThrow());
        assertEquals("ann", choose(ROUND_ROBIN, members, "cho").assignee().orElseThrow());
        assertEquals("cho", choose(ROUND_ROBIN, members, "ben").assignee().orElseThrow());
    }

    @Test
    void aLastAssigneeWhoLeftTheGroupRestartsAtTheFirstMember() {
        List<GroupMember> members = List.of(member("ann", 1, true), member("cho", 3, true));
        assertEquals("ann", choose(ROUND_ROBIN, members, "gone").assignee().orElseThrow());
    }

    @Test
    void nobodyEligibleLeavesTheTicketUnassignedAndSaysWhy() {
        var choice = choose(ROUND_ROBIN, List.of(member("ann", 1, false)), null);
        assertTrue(choice.assignee().isEmpty());
        assertEquals("no member of the group has ticket assignment on", choice.reason());
        assertEquals(List.of(new Candidate("ann", false, "ticket assignment off")), choice.candidates());
        assertEquals("the group has no members", choose(RANDOM, List.of(), null).reason());
    }

    @Test
    void randomPicksOnlyEligibleMembers() {
        List<GroupMember> members = List.of(member("ann", 1, false), member("ben", 2, true), member("cho", 3, true));
        for (int i = 0; i < 50; i++) {
            String pick = choose(RANDOM, members, null).assignee().orElseThrow();
            assertTrue(pick.equals("ben") || pick.equals("cho"), pick);
        }
    }

    @Test
    void theNamedOperatorGetsItOnlyWhileTheirAssignmentIsOn() {
        var named = new Results.Assign(GROUP, AssignMode.OPERATOR, "cho", null);
        assertEquals("cho", choose(named, List.of(member("ann", 1, true), member("cho", 2, true)), null)
                .assignee().orElseThrow());
        var off = choose(named, List.of(member("ann", 1, true), member("cho", 2, false)), null);
        assertTrue(off.assignee().isEmpty());
        assertEquals("cho has ticket assignment off", off.reason());
        assertEquals("cho is not a member of the group", choose(named, List.of(member("ann", 1, true)), null).reason());
    }

    @Test
    void leastLoadedPicksTheFewestOpenTicketsAndRespectsTheCap() {
        var capped = new Results.Assign(GROUP, AssignMode.LEAST_LOADED, null, 3);
        List<GroupMember> members = List.of(member("ann", 1, true), member("ben", 2, true), member("cho", 3, true));
        Map<String, Integer> loads = new HashMap<>(Map.of("ann", 2, "ben", 1, "cho", 3));
        var choice = Assignment.choose(capped, members, null, loads, SEEDED);
        assertEquals("ben", choice.assignee().orElseThrow());
        assertEquals("least-loaded among 2 (1 open)", choice.reason());
        assertEquals(new Candidate("cho", false, "at the cap (3 of 3 open)", 3), choice.candidates().get(2));
        // filling up: ties go in join order, nobody passes the cap
        List<String> picks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Assignment.choose(capped, members, null, loads, SEEDED).assignee().ifPresent(p -> {
                picks.add(p);
                loads.merge(p, 1, Integer::sum);
            });
        }
        assertEquals(List.of("ben", "ann", "ben"), picks);
        var full = Assignment.choose(capped, members, null, loads, SEEDED);
        assertTrue(full.assignee().isEmpty());
        assertEquals("every member with ticket assignment on is at the cap of 3", full.reason());
    }
}
