package io.switchboard.routing.domain;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Picks an operator from a group's members, in join order; only members with assignment on are eligible. */
public final class Assignment {

    /** The pick (empty when nobody is eligible) and every member's eligibility. */
    public record Choice(Optional<String> assignee, List<Candidate> candidates, String reason) {
    }

    private Assignment() {
    }

    /**
     * @param membersInJoinOrder the group's members, ordered by join time
     * @param lastAssigned       who got the previous round-robin ticket of this group, if anyone
     */
    public static Choice choose(AssignMode mode, List<GroupMember> membersInJoinOrder, String lastAssigned,
                                RandomGenerator random) {
        List<Candidate> candidates = membersInJoinOrder.stream()
                .map(m -> new Candidate(m.username(), m.assignmentEnabled(),
                        m.assignmentEnabled() ? "ticket assignment on" : "ticket assignment off"))
                .toList();
        List<String> eligible = candidates.stream().filter(Candidate::eligible).map(Candidate::username).toList();
        if (eligible.isEmpty()) {
            String why = candidates.isEmpty() ? "the group has no members"
                    : "no member of the group has ticket assignment on";
            return new Choice(Optional.empty(), candidates, why);
        }
        String pick = switch (mode) {
            case RANDOM -> eligible.get(random.nextInt(eligible.size()));
            case ROUND_ROBIN -> nextAfter(lastAssigned, membersInJoinOrder, eligible);
        };
        String how = (mode == AssignMode.RANDOM ? "random" : "round-robin") + " among " + eligible.size();
        return new Choice(Optional.of(pick), candidates, how);
    }

    /** The first eligible member who joined after the last assignee, wrapping around. */
    private static String nextAfter(String lastAssigned, List<GroupMember> members, List<String> eligible) {
        int last = -1;
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).username().equals(lastAssigned)) {
                last = i;
            }
        }
        for (int step = 1; step <= members.size(); step++) {
            String next = members.get((last + step) % members.size()).username();
            if (eligible.contains(next)) {
                return next;
            }
        }
        return eligible.get(0);
    }
}
