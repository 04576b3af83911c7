package io.switchboard.ticket.view.application;

import io.quarkus.scheduler.Scheduled;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.people.domain.OperatorGroup;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.view.domain.View;
import io.switchboard.ticket.view.persistence.CountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The views' counts per service, from the count table of V17 (totals + pending deltas), not from the tickets: a
 * poll reads a few hundred key rows whatever the number of tickets, and for an operator who is not an admin the
 * service's sub-tickets whose parent is theirs (sub-tickets are private; 0.5 % of the seeded tickets). They follow
 * {@link View#holds} and the sub-ticket rule of the list, so a count is what its view lists.
 */
@ApplicationScoped
public class ViewCounts {

    private final AccessPolicy access;
    private final PeopleRepository people;
    private final CountRepository counts;

    ViewCounts(AccessPolicy access, PeopleRepository people, CountRepository counts) {
        this.access = access;
        this.people = people;
        this.counts = counts;
    }

    /** One service's count per view. */
    public record ServiceCounts(String service, Map<View, Long> counts) {
    }

    /** Per service of the caller, the number of tickets in each view (only starred ones when asked). */
    @Transactional
    public List<ServiceCounts> of(Caller caller, boolean starred) {
        String me = caller.username();
        List<String> services = access.serviceCodesOf(caller);
        Map<String, List<CountRepository.Row>> rows = (starred ? counts.starred(services, me) : counts.of(services))
                .stream().collect(Collectors.groupingBy(CountRepository.Row::serviceCode));
        List<ServiceCounts> result = new ArrayList<>();
        for (String code : services) {
            boolean admin = access.standing(caller, code).isAdmin();
            Set<UUID> groups = people.groupsOf(me, code).stream().map(OperatorGroup::id).collect(Collectors.toSet());
            List<CountRepository.Row> seen = new ArrayList<>();
            // starred rows say "sub" only of sub-tickets the caller sees through no assignment or group of theirs
            Predicate<CountRepository.Row> visible = starred ? r -> !r.sub() || admin
                    : r -> !r.sub() || admin || me.equals(r.assignee()) || groups.contains(r.groupId());
            rows.getOrDefault(code, List.of()).stream().filter(visible).forEach(seen::add);
            if (!starred && !admin) {
                seen.addAll(counts.subTicketsOfParentsAssignedTo(code, me, groups));
            }
            Map<View, Long> byView = new EnumMap<>(View.class);
            for (View view : View.values()) {
                byView.put(view, seen.stream()
                        .filter(r -> view.holds(r.status(), r.spam(), r.assignee(), r.groupId(), me, groups))
                        .mapToLong(CountRepository.Row::tickets).sum());
            }
            result.add(new ServiceCounts(code, byView));
        }
        return result;
    }

    /** Folds the deltas the ticket table's triggers appended into the totals (and inflow buckets), so reads stay small. */
    @Scheduled(every = "${switchboard.views.count-fold-interval:2s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void fold() {
        counts.fold();
    }
}
