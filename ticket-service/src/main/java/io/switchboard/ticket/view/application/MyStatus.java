package io.switchboard.ticket.view.application;

import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.ticket.domain.CallbackReservation;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.domain.TicketStatus;
import io.switchboard.ticket.view.persistence.CallbackRepository;
import io.switchboard.ticket.view.persistence.SlaWatchRepository;
import io.switchboard.ticket.view.persistence.CountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * My status (My 현황): per service, my open tickets, my callback reservations (약속콜), my escalations still
 * waiting for an answer and my tickets past or near an SLA due time; and the reservations themselves, soonest first.
 */
@ApplicationScoped
public class MyStatus {

    /** Escalated and not answered yet: to an issue service, or to Dooray (registered or being worked). */
    private static final Set<TicketStatus> UNANSWERED = Set.of(TicketStatus.ESCALATED, TicketStatus.DOORAY_ESCALATED,
            TicketStatus.DOORAY_IN_PROGRESS);

    /** At most this many reservations are listed; my status counts them all. */
    public static final int CALLBACK_LIMIT = 200;

    private final AccessPolicy access;
    private final CountRepository counts;
    private final CallbackRepository callbacks;
    private final SlaWatchRepository slas;
    private final Clock clock;

    MyStatus(AccessPolicy access, CountRepository counts, CallbackRepository callbacks, SlaWatchRepository slas,
             Clock clock) {
        this.access = access;
        this.counts = counts;
        this.callbacks = callbacks;
        this.slas = slas;
        this.clock = clock;
    }

    public record ServiceStatus(String service, long inProgress, long onHold, long callbacks, long callbacksDue,
                                long escalationsUnanswered, long slaOverdue, long slaAtRisk) {
    }

    @Transactional
    public List<ServiceStatus> of(Caller caller) {
        List<String> services = access.serviceCodesOf(caller);
        Map<String, List<CountRepository.Row>> mine = counts.of(services).stream()
                .filter(r -> caller.username().equals(r.assignee()))
                .collect(Collectors.groupingBy(CountRepository.Row::serviceCode));
        Instant now = clock.instant();
        Map<String, CallbackRepository.Counts> promised = callbacks.counts(caller.username(), services, now)
                .stream().collect(Collectors.toMap(CallbackRepository.Counts::serviceCode, Function.identity()));
        Map<String, SlaWatchRepository.Counts> watched = slas.counts(caller.username(), services, now).stream()
                .collect(Collectors.toMap(SlaWatchRepository.Counts::serviceCode, Function.identity()));
        return services.stream().map(code -> {
            List<CountRepository.Row> rows = mine.getOrDefault(code, List.of());
            CallbackRepository.Counts calls = promised.getOrDefault(code, new CallbackRepository.Counts(code, 0, 0));
            SlaWatchRepository.Counts sla = watched.getOrDefault(code, new SlaWatchRepository.Counts(code, 0, 0));
            return new ServiceStatus(code, sum(rows, Set.of(TicketStatus.IN_PROGRESS)),
                    sum(rows, Set.of(TicketStatus.ON_HOLD)), calls.open(), calls.due(), sum(rows, UNANSWERED),
                    sla.overdue(), sla.atRisk());
        }).toList();
    }

    /** A ticket of mine with its open reservation, and whether its time has come. */
    public record Callback(Ticket ticket, CallbackReservation reservation, boolean due) {
    }

    /**
     * The open reservations of the tickets assigned to me in my services, soonest first (at most
     * {@link #CALLBACK_LIMIT}): tickets I see, since they are mine.
     */
    @Transactional
    public List<Callback> callbacks(Caller caller) {
        Instant now = clock.instant();
        return callbacks.openOf(caller.username(), access.serviceCodesOf(caller), CALLBACK_LIMIT).stream()
                .map(t -> new Callback(t, t.callback(), t.callback().dueAt(now)))
                .toList();
    }

    private static long sum(List<CountRepository.Row> rows, Set<TicketStatus> statuses) {
        return rows.stream().filter(r -> statuses.contains(r.status())).mapToLong(CountRepository.Row::tickets).sum();
    }
}
