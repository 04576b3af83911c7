package io.switchboard.ticket.view.application;

import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.ticket.domain.TicketStatus;
import io.switchboard.ticket.view.persistence.CountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** My status (My 현황): per service, my open tickets and my escalations still waiting for an answer. */
@ApplicationScoped
public class MyStatus {

    /** Escalated and not answered yet: to an issue service, or to Dooray (registered or being worked). */
    private static final Set<TicketStatus> UNANSWERED = Set.of(TicketStatus.ESCALATED, TicketStatus.DOORAY_ESCALATED,
            TicketStatus.DOORAY_IN_PROGRESS);

    private final AccessPolicy access;
    private final CountRepository counts;

    MyStatus(AccessPolicy access, CountRepository counts) {
        this.access = access;
        this.counts = counts;
    }

    public record ServiceStatus(String service, long inProgress, long onHold, long escalationsUnanswered) {
    }

    @Transactional
    public List<ServiceStatus> of(Caller caller) {
        List<String> services = access.serviceCodesOf(caller);
        Map<String, List<CountRepository.Row>> mine = counts.of(services).stream()
                .filter(r -> caller.username().equals(r.assignee()))
                .collect(Collectors.groupingBy(CountRepository.Row::serviceCode));
        return services.stream().map(code -> {
            List<CountRepository.Row> rows = mine.getOrDefault(code, List.of());
            return new ServiceStatus(code, sum(rows, Set.of(TicketStatus.IN_PROGRESS)),
                    sum(rows, Set.of(TicketStatus.ON_HOLD)), sum(rows, UNANSWERED));
        }).toList();
    }

    private static long sum(List<CountRepository.Row> rows, Set<TicketStatus> statuses) {
        return rows.stream().filter(r -> statuses.contains(r.status())).mapToLong(CountRepository.Row::tickets).sum();
    }
}
