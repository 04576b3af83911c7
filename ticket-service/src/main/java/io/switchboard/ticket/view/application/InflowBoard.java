package io.switchboard.ticket.view.application;

import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.people.domain.Membership;
import io.switchboard.ticket.people.domain.Operator;
import io.switchboard.ticket.people.domain.Workspace;
import io.switchboard.ticket.people.persistence.PeopleRepository;
import io.switchboard.ticket.ticket.domain.TicketStatus;
import io.switchboard.ticket.view.persistence.CountRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The inflow board (인입현황) of a service: its operators' open work, today's inflow ("today" in the service's time
 * zone) and the share of the last 24 hours' tickets already processed (counted from the quarter hour at or before
 * 24 hours ago). Counts of the whole service, sub-tickets
 * included: the board is about the team's load, not one reader's lists.
 */
@ApplicationScoped
public class InflowBoard {

    /** Processed for the rate: resolved, completed or internally resolved. */
    private static final List<TicketStatus> PROCESSED = List.of(TicketStatus.RESOLVED, TicketStatus.COMPLETED,
            TicketStatus.INTERNALLY_RESOLVED);

    private final AccessPolicy access;
    private final PeopleRepository people;
    private final CountRepository counts;
    private final Clock clock;

    InflowBoard(AccessPolicy access, PeopleRepository people, CountRepository counts, Clock clock) {
        this.access = access;
        this.people = people;
        this.counts = counts;
        this.clock = clock;
    }

    /** An operator of the service and their open tickets. */
    public record OperatorLoad(String username, String displayName, long inProgress, long onHold,
                               boolean assignmentEnabled) {
    }

    public record Board(String service, String timeZone, List<OperatorLoad> operators, long receivedToday,
                        long unassignedToday, long unassignedTotal, double processingRate24h, Instant asOf) {
    }

    @Transactional
    public Board of(Caller caller, String serviceCode) {
        Workspace service = access.accessibleService(caller, serviceCode);
        Instant now = clock.instant();
        ZoneId zone = ZoneId.of(service.timeZone());
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<CountRepository.Row> rows = counts.of(List.of(serviceCode));
        List<Membership> members = people.memberships(serviceCode);
        Map<String, Operator> names = people.operators(members.stream().map(Membership::username).toList());
        List<OperatorLoad> operators = members.stream()
                .map(m -> new OperatorLoad(m.username(),
                        names.containsKey(m.username()) ? names.get(m.username()).displayName() : m.username(),
                        sum(rows, TicketStatus.IN_PROGRESS, m.username()), sum(rows, TicketStatus.ON_HOLD, m.username()),
                        m.assignmentEnabled()))
                .toList();
        CountRepository.Received todays = counts.received(serviceCode, today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant(), List.of(TicketStatus.UNASSIGNED));
        CountRepository.Received lastDay = counts.received(serviceCode, now.minus(Duration.ofHours(24)), now,
                PROCESSED);
        long unassigned = rows.stream().filter(r -> r.status() == TicketStatus.UNASSIGNED)
                .mapToLong(CountRepository.Row::tickets).sum();
        double rate = lastDay.tickets() == 0 ? 0.0 : (double) lastDay.inStatuses() / lastDay.tickets();
        return new Board(serviceCode, service.timeZone(), operators, todays.tickets(), todays.inStatuses(), unassigned,
                rate, now);
    }

    private static long sum(List<CountRepository.Row> rows, TicketStatus status, String assignee) {
        return rows.stream().filter(r -> r.status() == status && assignee.equals(r.assignee()))
                .mapToLong(CountRepository.Row::tickets).sum();
    }
}
