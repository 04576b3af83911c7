package io.switchboard.routing.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Picks an operator from a group's members in join order. Only members whose ticket assignment is
 * on are eligible; least-loaded also skips those at the cap, the named mode everyone else.
 */
public final class Assignment {

    /** The pick (empty when nobody is eligible), every member's eligibility, and the reason in a few words. */
    public record Choice(Optional<String> assignee, List<Candidate> candidates, String reason) {
    }

    private Assignment() {
    }

    /**
     * @param membersInJoinOrder the group's members, ordered by join time
     * @param lastAssigned       who got the previous round-robin ticket of this group, if anyone
     * @param openTickets        open tickets per user name (least-loaded only; absent means none)
     */
    public static Choice choose(Results.Assign spec, List<GroupMember> membersInJoinOrder, String lastAssigned,
                                Map<String, Integer> openTickets, RandomGenerator random) {
        AssignMode mode = spec.mode();
        List<Candidate> candidates = new ArrayList<>();
        for (GroupMember member : membersInJoinOrder) {
            candidates.add(candidate(spec, member, openTickets));
        }
        List<Candidate> eligible = candidates.stream().filter(Candidate::eligible).toList();
        if (eligible.isEmpty()) {
            return new Choice(Optional.empty(), candidates, nobody(spec, membersInJoinOrder, candidates));
        }
        String pick = switch (mode) {
            case RANDOM -> eligible.get(random.nextInt(eligible.size())).username();
            case ROUND_ROBIN -> nextAfter(lastAssigned, membersInJoinOrder, eligible);
            case OPERATOR -> eligible.get(0).username();
            case LEAST_LOADED -> eligible.stream().min(Comparator.comparingInt(Candidate::openTickets))
                    .orElseThrow().username();
        };
        String how = switch (mode) {
            case RANDOM -> "random among " + eligible.size();
            case ROUND_ROBIN -> "round-robin among " + eligible.size();
            case OPERATOR -> "named operator";
            case LEAST_LOADED -> "least-loaded among " + eligible.size() + " (" + openTickets.getOrDefault(pick, 0)
                    + " open)";
        };
        return new Choice(Optional.of(pick), candidates, how);
    }

    private static Candidate candidate(Results.Assign spec, GroupMember member, Map<String, Integer> openTickets) {
        String name = member.username();
        if (!member.assignmentEnabled()) {
            return new Candidate(name, false, "ticket assignment off");
        }
        return switch (spec.mode()) {
            case OPERATOR -> name.equals(spec.operator()) ? new Candidate(name, true, "the named operator")
                    : new Candidate(name, false, "not the named operator");
            case LEAST_LOADED -> {
                int open = openTickets.getOrDefault(name, 0);
                Integer cap = spec.maxOpenTickets();
                yield cap != null && open >= cap
                        ? new Candidate(name, false, "at the cap (" + open + " of " + cap + " open)", open)
                        : new Candidate(name, true, open + " open", open);
            }
            default -> new Candidate(name, true, "ticket assignment on");
        };
    }

    private static String nobody(Results.Assign spec, List<GroupMember> members, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return "the group has no members";
        }
        if (spec.mode() == AssignMode.OPERATOR) {
            boolean member = members.stream().anyMatch(m -> m.username().equals(spec.operator()));
            return member ? spec.operator() + " has ticket assignment off"
                    : spec.operator() + " is not a member of the group";
        }
        boolean anyOn = members.stream().anyMatch(GroupMember::assignmentEnabled);
        return anyOn ? "every member with ticket assignment on is at the cap of " + spec.maxOpenTickets()
                : "no member of the group has ticket assignment on";
    }

    /** The first eligible member who joined after the last assignee, wrapping around. */
    private static String nextAfter(String lastAssigned, List<GroupMember> members, List<Candidate> eligible) {
        List<String> names = eligible.stream().map(Candidate::username).toList();
        int last = -1;
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).username().equals(lastAssigned)) {
                last = i;
            }
        }
        for (int step = 1; step <= members.size(); step++) {
            String next = members.get((last + step) % members.size()).username();
            if (names.contains(next)) {
                return next;
            }
        }
        return names.get(0);
    }
}
