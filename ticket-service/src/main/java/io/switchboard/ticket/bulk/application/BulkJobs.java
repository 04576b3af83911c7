package io.switchboard.ticket.bulk.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.platform.problem.ProblemException;
import io.switchboard.ticket.access.AccessPolicy;
import io.switchboard.ticket.access.Caller;
import io.switchboard.ticket.bulk.domain.BulkJob;
import io.switchboard.ticket.bulk.persistence.BulkJobRepository;
import io.switchboard.ticket.ticket.domain.Ticket;
import io.switchboard.ticket.ticket.persistence.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk processing (티켓 일괄 처리): a job stores one item per ticket and returns at once; {@link BulkWorker} does
 * the tickets in the background, each as the single action would, with the creator's rights.
 */
@ApplicationScoped
public class BulkJobs {

    /** At most this many tickets per job. */
    public static final int MAX_TICKETS = 500;
    private static final int RECENT = 20;

    private final BulkJobRepository jobs;
    private final TicketRepository tickets;
    private final AccessPolicy access;
    private final ObjectMapper json;
    private final Clock clock;

    BulkJobs(BulkJobRepository jobs, TicketRepository tickets, AccessPolicy access, ObjectMapper json, Clock clock) {
        this.jobs = jobs;
        this.tickets = tickets;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Queues the command for each ticket, in the given order. {@code versions} are the versions the caller saw
     * (ticket id → version), refused as stale when the ticket has changed since; tickets without one take any.
     */
    @Transactional
    public BulkJob create(Caller caller, List<UUID> ticketIds, Map<UUID, Long> versions, BulkCommand command) {
        UUID id = UUID.randomUUID();
        List<BulkJobRepository.NewItem> items = ticketIds.stream().map(ticketId -> {
            Optional<Ticket> visible = tickets.find(ticketId).filter(t -> access.maySee(caller, t));
            return new BulkJobRepository.NewItem(ticketId, visible.map(Ticket::serviceCode).orElse(null),
                    visible.map(Ticket::displayNumber).orElse(null), versions.get(ticketId));
        }).toList();
        jobs.insert(id, command.action(), write(command),
                new BulkJobRepository.Creator(caller.username(), caller.displayName(), caller.email(), caller.roles()),
                clock.instant(), items);
        return jobs.find(id).orElseThrow();
    }

    /** The job, for its creator and the admins of all its services; 404 for everyone else. */
    @Transactional
    public BulkJob job(Caller caller, UUID id) {
        return jobs.find(id).filter(job -> access.maySeeBulkJob(caller, job.createdBy(), job.serviceCodes()))
                .orElseThrow(() -> new ProblemException.NotFound("There is no bulk job " + id + "."));
    }

    /** The caller's latest jobs, newest first. */
    @Transactional
    public List<BulkJob.Summary> mine(Caller caller) {
        return jobs.recentOf(caller.username(), RECENT);
    }

    private String write(BulkCommand command) {
        try {
            return json.writeValueAsString(command);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bulk command is plain data", e);
        }
    }
}
